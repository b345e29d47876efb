import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// In development the API runs on :4000 and Vite proxies /graphql to it, so the session
// cookie stays same-origin exactly as in production, where the API serves dist/ itself.
// (recharts is split off by a lazy import in the client page, not by manualChunks: forced
// chunks of React and its dependants can initialise in the wrong order.)
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': { target: 'http://localhost:4000', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
