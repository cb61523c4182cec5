import { defineConfig } from 'vitest/config';
import { workspaceAliases } from './workspace-aliases.mts';

/** Vitest settings shared by the pure TypeScript libs: node environment, specs beside the code. */
export function libVitestConfig(root: string) {
  return defineConfig({
    root,
    resolve: { alias: workspaceAliases() },
    test: {
      environment: 'node',
      include: ['src/**/*.spec.ts'],
      allowOnly: false,
      passWithNoTests: false,
    },
  });
}
