import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { workspaceAliases } from '../../tools/vite/workspace-aliases.mts';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  resolve: { alias: workspaceAliases() },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 3000,
  },
  server: {
    port: 4200,
    // In development Vite serves the web and forwards the api to the Nest server.
    proxy: { '/api': 'http://localhost:3000' },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.{ts,tsx}'],
    allowOnly: false,
  },
});
