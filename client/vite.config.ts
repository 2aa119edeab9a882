import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './scripts/graphql-documents-plugin';

// The API runs separately on :4000 in development. Proxying keeps the browser on one origin,
// which the SameSite=Strict session cookie needs. In production the server serves dist/.
const apiProxy = {
  // ws: the live alerts subscription (graphql-ws) uses the same path.
  '/graphql': { target: 'http://localhost:4000', ws: true },
};

// npm runs workspace scripts with the workspace folder as cwd, so paths here are relative to client/.
export default defineConfig({
  plugins: [graphqlDocuments(path.resolve(import.meta.dirname, 'src/graphql/generated')), react()],
  server: { port: 5173, proxy: apiProxy },
  preview: { port: 4173, proxy: apiProxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: a separate chunk stays cached across releases.
        codeSplitting: {
          groups: [
            // Only libraries the first screen needs in full. Mantine is left out on purpose: a group
            // takes every module it matches, so the components only lazy screens use would load up front.
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql[\\/]|rxjs|@wry|optimism|tslib)/ },
            { name: 'vendor', test: /node_modules[\\/](react|react-dom|scheduler|i18next|react-i18next)[\\/]/ },
          ],
        },
      },
    },
  },
});
