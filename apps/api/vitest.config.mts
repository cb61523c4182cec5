import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';
import { workspaceAliases } from '../../tools/vite/workspace-aliases.mts';

// Nest's dependency injection needs decorator metadata, which esbuild does not emit: compile with SWC.
export default defineConfig({
  root: import.meta.dirname,
  resolve: { alias: workspaceAliases() },
  plugins: [swc.vite({ module: { type: 'es6' } })],
  test: {
    environment: 'node',
    include: ['src/**/*.spec.ts'],
    allowOnly: false,
    // Each file boots the app on its own database; one at a time keeps PostgreSQL runs independent.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
