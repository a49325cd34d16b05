import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
const FOLDERS = ['utils', 'components', 'entrypoints', 'sandbox', 'scripts', 'tests', 'lint'];

/** Every source file of the project (TypeScript and JavaScript), as paths from the repository's root. */
export function sourceFiles(): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|tsx|js)$/.test(entry.name)) files.push(relative(ROOT, path).split('\\').join('/'));
    }
  };
  for (const folder of FOLDERS) walk(resolve(ROOT, folder));
  return files.sort();
}
