import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The backend serves the built front end from frontend/dist and GraphQL at /graphql.
// In development, Vite serves the front end and forwards /graphql to the backend.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': { target: 'http://localhost:3000', changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
  },
});
