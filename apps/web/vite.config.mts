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
    // Rendering antd pages in jsdom takes seconds when the machine is busy (CI runs several projects at once); a
    // test is judged by what it asserts, not by the 5 s default (the api's tests allow 30 s likewise).
    testTimeout: 30_000,
    // @react-querybuilder/antd imports a file of antd's ES build by path; Node cannot load that build (extensionless
    // imports), so in tests it is bundled and pointed at the CommonJS build Node already loads for 'antd'.
    server: { deps: { inline: ['@react-querybuilder/antd'] } },
    alias: { 'antd/es/date-picker/generatePicker/index.js': 'antd/lib/date-picker/generatePicker/index.js' },
  },
});
