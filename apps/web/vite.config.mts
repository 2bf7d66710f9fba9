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
    // The entry holds the three languages' message catalogues and codegen's map of every typed
    // document (≈ 580 kB, 103 kB gzipped); loading the catalogues per language would shrink it.
    chunkSizeWarningLimit: 650,
    // Libraries in chunks of their own, cached across releases of the pages; each page is its own chunk.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
            // Charts only for the indicators page: their own chunk, loaded with it.
            { name: 'charts', test: /node_modules[\\/](@mantine[\\/]charts|recharts|d3-|victory-vendor|internmap|decimal\.js-light|@reduxjs|redux|immer|reselect|react-redux)/, priority: 10 },
            { name: 'mantine', test: /node_modules[\\/](@mantine[\\/](?!charts)|@floating-ui|dayjs|react-remove-scroll|react-number-format|react-textarea-autosize)/, priority: 20 },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|@wry|optimism|rxjs|tslib|@graphql-typed-document-node)/, priority: 20 },
            { name: 'router', test: /node_modules[\\/]@tanstack/, priority: 20 },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/graphql': apiOrigin,
      '/health': apiOrigin,
    },
  },
});
