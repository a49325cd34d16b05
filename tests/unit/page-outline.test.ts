import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

import { pageOutline } from '../../utils/admin-dom/page-outline.ts';

/** "Help Sync Lens support your admin" (issue 12): the page's structure, and nothing of the store. */
describe('the anonymised outline of a page', () => {
  const { document } = parseHTML(`<html><body><main class="ec-main" role="main">
    <h1 id="title">Catégories de Margaux</h1>
    <ul class="tree" role="tree">
      <li class="node n-523" role="treeitem" aria-level="1" data-category-id="523"><a href="#category:id=523&token=secret" title="Vestes">Vestes</a><input type="checkbox" value="on" checked></li>
      <li class="node n-524" role="treeitem" aria-level="1" data-category-id="524"><a href="#category:id=524" title="Pantalons">Pantalons</a><input type="checkbox" value="on"></li>
      <li class="node n-525" role="treeitem" aria-level="1"><a href="#category:id=525" title="Chaussures">Chaussures</a><input type="checkbox"></li>
    </ul>
    <script>var secret = 'x';</script>
    <sync-lens-chip data-sync-lens-chip="category"></sync-lens-chip>
    <svg class="icon"><title>Cadenas</title><path d="M0"></path></svg>
  </main></body></html>`);
  const outline = pageOutline(document.body as unknown as Element);

  it('keeps tags, roles, class names and nesting, with alike siblings written once', () => {
    expect(outline).toBe(
      [
        'body',
        '  main.ec-main[role=main]',
        '    h1',
        '    ul.tree[role=tree]',
        '      li.node.n-#[role=treeitem][aria-level]  × 3',
        '        a[title][href]',
        '        input[type=checkbox]',
        '    svg.icon',
      ].join('\n'),
    );
  });

  it('carries no text, no id, no address, no value, nothing of Sync Lens and no script', () => {
    for (const leak of [
      'Margaux',
      'Vestes',
      'Pantalons',
      '523',
      'token',
      'secret',
      'title"',
      'on',
      'Cadenas',
      'sync-lens',
    ]) {
      expect(outline, leak).not.toContain(leak === 'on' ? '"on"' : leak);
    }
  });
});
