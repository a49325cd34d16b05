import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

import { claimPage } from '../../utils/overlay/single-instance.ts';

/** A content script's context, as far as claiming the page goes: its own end, run on demand. */
function copyOfTheScript() {
  const ends: Array<() => void> = [];
  return { ctx: { onInvalidated: (end: () => void) => void ends.push(end) }, end: () => ends.forEach((run) => run()) };
}

function adminPage() {
  const { window, document } = parseHTML(
    '<html><body><ul><li data-category-id="5"><div class="row">Vestes</div></li></ul></body></html>',
  );
  return { window: window as unknown as Window & typeof globalThis, document: document as unknown as Document };
}

describe('one copy of the overlay per page', () => {
  it('claims a page no copy holds', () => {
    const page = adminPage();
    expect(claimPage(copyOfTheScript().ctx, page)).toBe(true);
    expect(page.document.documentElement.getAttribute('data-sync-lens')).toBe('active');
  });

  it('stays out of a page a live copy holds', () => {
    const page = adminPage();
    expect(claimPage(copyOfTheScript().ctx, page)).toBe(true);
    expect(claimPage(copyOfTheScript().ctx, page)).toBe(false);
  });

  it('claims the page again once the copy that held it ended by itself', () => {
    const page = adminPage();
    const first = copyOfTheScript();
    expect(claimPage(first.ctx, page)).toBe(true);
    first.end();
    expect(page.document.documentElement.hasAttribute('data-sync-lens')).toBe(false);
    expect(claimPage(copyOfTheScript().ctx, page)).toBe(true);
  });

  it('takes over from a copy that is gone without ending, and takes away what it left', () => {
    // What Firefox leaves when it unloads an updated add-on's content script: its mark, its overlay, its chips,
    // and no script any more to answer for them or take them away.
    const page = adminPage();
    const { document } = page;
    document.documentElement.setAttribute('data-sync-lens', 'active');
    document.body.append(document.createElement('sync-lens-overlay'), document.createElement('sync-lens-layer'));
    const row = document.querySelector('.row')!;
    row.setAttribute('data-sync-lens', 'annotated');
    const chip = document.createElement('span');
    chip.setAttribute('data-sync-lens-chip', 'category');
    row.append(chip);

    expect(claimPage(copyOfTheScript().ctx, page)).toBe(true);
    expect(document.querySelectorAll('sync-lens-overlay, sync-lens-layer, [data-sync-lens-chip]')).toHaveLength(0);
    expect(row.hasAttribute('data-sync-lens')).toBe(false);
    expect(document.documentElement.getAttribute('data-sync-lens')).toBe('active');
  });
});
