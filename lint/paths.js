import path from 'node:path';

/** The repository's root: this folder's parent. Rules speak of files by their path from it, with "/" always. */
export const ROOT = path.resolve(import.meta.dirname, '..');

/** `file` as a path from the root ("utils/sync/plan.ts"), or null when it lies outside. */
export function fromRoot(file) {
  const relative = path.relative(ROOT, file).split(path.sep).join('/');
  return relative.startsWith('..') ? null : relative;
}

/** What an import names: a path from the root for a relative one, the bare name for a package. */
export function target(importer, specifier) {
  if (!specifier.startsWith('.')) return specifier;
  return fromRoot(path.resolve(path.dirname(path.resolve(ROOT, importer)), specifier));
}

/** Whether `file` is `unit` or lies inside it. */
export function within(file, unit) {
  return file === unit || file.startsWith(`${unit}/`);
}
