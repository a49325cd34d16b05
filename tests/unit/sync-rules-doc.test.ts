import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { sourceFiles } from './support/source-files.ts';

/**
 * docs/sync-rules.md is the project's own statement of the sync rules. Every file, name and test title it cites
 * must exist, so the page cannot drift from the code without this test saying where.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const DOC = readFileSync(resolve(ROOT, 'docs/sync-rules.md'), 'utf8');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

/** `path` › `name` pairs on the page's "Code:" lines, and `path` › "title" pairs on its "Tests:" lines. */
function citations(kind: 'Code' | 'Tests'): { path: string; cited: string }[] {
  const found: { path: string; cited: string }[] = [];
  for (const block of DOC.split(/\n(?=- )/)) {
    if (!block.startsWith(`- ${kind}:`)) continue;
    const pattern = kind === 'Code' ? /`([^`]+)` › `([^`]+)`/g : /`([^`]+)` › "((?:[^"\\]|\\.)+)"/g;
    for (const match of block.matchAll(pattern)) found.push({ path: match[1]!, cited: match[2]!.replace(/\\"/g, '"') });
  }
  return found;
}

describe('docs/sync-rules.md', () => {
  it('states every rule of the article, each with an anchor the code can cite', () => {
    for (let n = 1; n <= 10; n++) {
      expect(DOC).toContain(`<a id="s${n}"></a>`);
      expect(DOC).toMatch(new RegExp(`^## S${n} — `, 'm'));
    }
  });

  it('cites code that exists', () => {
    const code = citations('Code');
    expect(code.length).toBeGreaterThan(20);
    for (const { path, cited } of code) {
      expect(existsSync(resolve(ROOT, path)), path).toBe(true);
      expect(read(path), `${path} › ${cited}`).toMatch(
        new RegExp(`export (async )?(function|const|class|type|interface) ${cited}\\b`),
      );
    }
  });

  it('cites tests that exist, by their titles', () => {
    const tests = citations('Tests');
    expect(tests.length).toBeGreaterThan(20);
    for (const { path, cited } of tests) {
      expect(existsSync(resolve(ROOT, path)), path).toBe(true);
      expect(read(path), `${path} › "${cited}"`).toContain(`'${cited.replace(/'/g, "\\'")}'`);
    }
  });

  it('is what the code cites: no comment or test points to a document outside the repository', () => {
    const outside = sourceFiles().filter(
      (file) => file !== 'tests/unit/sync-rules-doc.test.ts' && read(file).includes('SYNC-RULES'),
    );
    expect(outside).toEqual([]);
  });

  it('has every anchor the code cites', () => {
    const anchors = new Set([...DOC.matchAll(/<a id="([a-z0-9]+)"><\/a>/g)].map((match) => match[1]));
    for (const file of sourceFiles()) {
      for (const match of read(file).matchAll(/docs\/sync-rules\.md#([a-z0-9]+)/g))
        expect(anchors.has(match[1]), `${file}: #${match[1]}`).toBe(true);
    }
  });
});
