import fs from 'node:fs';
import path from 'node:path';

import { fromRoot, ROOT, target } from './paths.js';

// Every `import … from`, `export … from` and `import('…')` with a relative path; types count too, since a circle
// of types is still two files that cannot be read one without the other.
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;

/** Each file's relative imports as paths from the root, read once per lint run and kept while the file is unchanged. */
const cache = new Map();

function importsOf(file) {
  const full = path.join(ROOT, file);
  let stamp;
  try {
    stamp = fs.statSync(full).mtimeMs;
  } catch {
    return [];
  }
  const known = cache.get(file);
  if (known?.stamp === stamp) return known.imports;
  const text = fs.readFileSync(full, 'utf8');
  const imports = [...text.matchAll(IMPORT)].map((match) => target(file, match[1])).filter(Boolean);
  cache.set(file, { stamp, imports });
  return imports;
}

/** A path of imports from `start` back to `goal`, or null: depth first, each file visited once. */
function pathBack(start, goal) {
  const seen = new Set();
  const walk = (file, trail) => {
    if (file === goal) return trail;
    if (seen.has(file)) return null;
    seen.add(file);
    for (const next of importsOf(file)) {
      const found = walk(next, [...trail, next]);
      if (found) return found;
    }
    return null;
  };
  return walk(start, [start]);
}

/** No file imports, however far round, a file that imports it. */
export const noCycle = {
  meta: { type: 'problem', docs: { description: 'No import runs in a circle' }, schema: [] },
  create(context) {
    const importer = fromRoot(context.filename);
    if (!importer) return {};
    const check = (source) => {
      if (typeof source?.value !== 'string' || !source.value.startsWith('.')) return;
      const imported = target(importer, source.value);
      const circle = imported && pathBack(imported, importer);
      if (circle) context.report({ node: source, message: `import cycle: ${[importer, ...circle].join(' → ')}` });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => node.source && check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};
