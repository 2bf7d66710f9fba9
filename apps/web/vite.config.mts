import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiOrigin = 'http://localhost:3000';

// Built into dist/apps/web, which the API serves on the same origin as /graphql.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/graphql': apiOrigin,
      '/health': apiOrigin,
    },
  },
});
