import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The backend serves the built front end from frontend/dist and GraphQL at /graphql.
// In development, Vite serves the front end and forwards /graphql to the backend.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      // ws: the live updates' WebSocket (graphql-ws) on the same path.
      '/graphql': { target: 'http://localhost:3000', changeOrigin: true, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries in chunks of their own: cached across releases, each under the 500 kB warning.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 3 },
            { name: 'leaflet', test: /node_modules[\\/](leaflet|react-leaflet|@react-leaflet|@geoman-io)[\\/]/, priority: 2 },
            { name: 'vendor', test: /node_modules[\\/](i18next|react-i18next|@turf)[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    // A guard against hangs, not a speed check (speed lives in `npm run bench`): vitest's 5 s default
    // failed a synchronous render of every layer at load 19 on 2 cores (jsdom, 2026-12-07).
    testTimeout: 30_000,
  },
});
