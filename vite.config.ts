import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
// @ts-expect-error plain ESM module shared with the deployment config and its test
import { SECURITY_HEADERS } from './deploy/headers.mjs';

export default defineConfig({
  plugins: [react()],
  build: {
    // maplibre-gl is one ~1 MB library in a chunk of its own; warn only above that
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      output: {
        // libraries in chunks of their own: a new version of the app does not change their
        // hashed names, so browsers and CDNs keep them cached
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
  // the production build is previewed (and tested end to end) under the strict policy
  preview: { port: 4173, strictPort: true, headers: SECURITY_HEADERS as Record<string, string> },
  test: {
    // Playwright specs live in e2e/; vitest only runs unit tests beside the code.
    include: ['src/**/*.test.ts', 'deploy/**/*.test.ts'],
    environment: 'node',
  },
});
