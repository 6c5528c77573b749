import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
// @ts-expect-error plain ESM module shared with the deployment config and its test
import { SECURITY_HEADERS } from './deploy/headers.mjs';

/**
 * Preload the fonts the first view draws with: the map waits for them before placing any label,
 * and the browser would otherwise find them only once the stylesheet applies to rendered text.
 * Both scripts' regular weight (every label is bilingual), Latin's extension (e.g. Şanlıurfa) and
 * the UI's semibold Latin.
 */
const FIRST_VIEW_FONTS =
  /^assets\/noto-sans-(latin|latin-ext|arabic-arabic)-400-normal-[\w-]+\.woff2$|^assets\/noto-sans-latin-600-normal-[\w-]+\.woff2$/;

function preloadFonts(): Plugin {
  return {
    name: 'preload-first-view-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) =>
        Object.keys(ctx.bundle ?? {})
          .filter((f) => FIRST_VIEW_FONTS.test(f))
          .sort()
          .map((f) => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              href: `/${f}`,
              as: 'font',
              type: 'font/woff2',
              crossorigin: 'anonymous',
            },
            injectTo: 'head' as const,
          })),
    },
  };
}

export default defineConfig({
  plugins: [react(), preloadFonts()],
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
