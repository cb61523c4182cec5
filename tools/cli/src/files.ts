import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files ending in `suffix` under a folder, sorted; none when the folder does not exist. */
export function listFiles(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(suffix))
    .sort()
    .map((file) => join(dir, file));
}

/** Each path as given if it is a file, or the files ending in `suffix` under it if it is a folder. */
export function expandPaths(paths: ReadonlyArray<string>, suffix: string): string[] {
  return paths.flatMap((path) => {
    if (!existsSync(path)) throw new Error(`找不到 ${path}`);
    return statSync(path).isDirectory() ? listFiles(path, suffix) : [path];
  });
}
