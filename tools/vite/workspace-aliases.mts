import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The @banfa/* path aliases of tsconfig.base.json, for Vite and Vitest (one source of truth). */
export function workspaceAliases(): Record<string, string> {
  const root = resolve(import.meta.dirname, '../..');
  const tsconfig = JSON.parse(readFileSync(resolve(root, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  return Object.fromEntries(
    Object.entries(tsconfig.compilerOptions.paths).map(([name, [target]]) => [name, resolve(root, target ?? '')]),
  );
}
