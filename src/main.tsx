import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react';
// Only the subsets the story needs: the full 400.css would emit ~25 font files.
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans-arabic/arabic-600.css';
import 'maplibre-gl/dist/maplibre-gl.css';
import './styles.css';
import { App } from './App';
import { prefetchStoryData } from './data/load';
import { PartBoundary } from './ui/PartBoundary';
import { ViewStateProvider } from './state/viewState';

const queryClient = new QueryClient();
prefetchStoryData(queryClient);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <NuqsAdapter>
      <ViewStateProvider>
        <QueryClientProvider client={queryClient}>
          <PartBoundary part="app">
            <App />
          </PartBoundary>
        </QueryClientProvider>
      </ViewStateProvider>
    </NuqsAdapter>
  </StrictMode>,
);
