import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  preview: { port: 4173, strictPort: true },
  test: {
    // Playwright specs live in e2e/; vitest only runs unit tests beside the code.
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
