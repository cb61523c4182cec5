import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { workspaceAliases } from '../../../tools/vite/workspace-aliases.mts';

/** The designer benchmark's page (bench/designer.html), built like the product (production mode), on its own. */
export default defineConfig({
  root: resolve(import.meta.dirname, '..'),
  plugins: [react()],
  resolve: { alias: workspaceAliases() },
  build: {
    outDir: resolve(import.meta.dirname, '../../../dist/bench/designer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 5000,
    rollupOptions: { input: resolve(import.meta.dirname, 'designer.html') },
  },
});
