import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

import { findCatalogLocks, speaksOfLock } from '../../utils/admin-dom/catalog-locks.ts';

/** The admin's lock on an unknown markup (issue 12): what an icon says of itself, or the icon only Retail rows have. */

const element = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document.body.firstElementChild!;

describe('the lock on an unknown admin', () => {
  it('is an icon whose title, label, class or SVG title speaks of a lock, in English or French', () => {
    for (const html of [
      '<span title="Locked by Retail POS"></span>',
      '<i aria-label="Cadenas"></i>',
      '<i class="x1 icon-lock"></i>',
      '<span class="gwt-Padlock_2"></span>',
      '<span><svg><title>Verrouillé</title></svg></span>',
    ]) {
      expect(speaksOfLock(element(html)), html).toBe(true);
    }
    for (const html of [
      '<i class="block"></i>',
      '<span title="Clock"></span>',
      '<i class="unblock-x"></i>',
      '<i></i>',
    ]) {
      expect(speaksOfLock(element(html)), html).toBe(false);
    }
  });

  it('is, where no icon says so, the one icon only Retail categories’ rows have', () => {
    const { document } = parseHTML(`<html><body>
      <div class="r" id="a"><i class="k"><svg></svg></i><b>Vestes</b><span class="knob"></span></div>
      <div class="r" id="b"><i class="k"><svg></svg></i><b>Pantalons</b><span class="knob"></span></div>
      <div class="r" id="c"><b>Soldes</b><span class="knob"></span></div>
    </body></html>`);
    const rows = ['a', 'b', 'c'].map((id, i) => ({ ecomId: i + 1, row: document.getElementById(id)! as Element }));
    const locks = findCatalogLocks(rows, (ecomId) => ecomId !== 3);
    expect([...locks].map(([icon, ecomId]) => `${icon.localName}.${icon.className} → ${ecomId}`)).toEqual([
      'i.k → 1',
      'i.k → 2',
    ]);
    // A switch that is off in every Retail row and on elsewhere is the category's state, not a lock.
    const { document: switches } = parseHTML(`<html><body>
      <div class="r" id="a"><i class="k"><svg></svg></i><b>Vestes</b><span role="switch" class="s"><i></i></span></div>
      <div class="r" id="b"><i class="k"><svg></svg></i><b>Pantalons</b><span role="switch" class="s"><i></i></span></div>
      <div class="r" id="c"><b>Soldes</b><span role="switch" class="s s-on"><i></i></span></div>
    </body></html>`);
    const switchRows = ['a', 'b', 'c'].map((id, i) => ({
      ecomId: i + 1,
      row: switches.getElementById(id)! as Element,
    }));
    expect([...findCatalogLocks(switchRows, (ecomId) => ecomId !== 3).values()]).toEqual([1, 2]);
    // With no row of an online-only category to compare with, an icon every row has says nothing.
    expect(findCatalogLocks(rows.slice(0, 2), () => true).size).toBe(0);
  });

  it('counts a tree row’s own icons only, not those of the rows nested in it', () => {
    // Soldes, online only, holds two Retail categories: their locks are theirs, not Soldes's.
    const { document } = parseHTML(`<html><body>
      <div class="t" id="soldes"><div class="l"><b>Soldes</b><span class="knob"></span></div>
        <div class="g">
          <div class="t" id="vestes"><div class="l"><i class="k"><svg></svg></i><b>Vestes</b></div></div>
          <div class="t" id="pantalons"><div class="l"><i class="k"><svg></svg></i><b>Pantalons</b></div></div>
        </div>
      </div>
    </body></html>`);
    const rows = ['soldes', 'vestes', 'pantalons'].map((id, i) => ({
      ecomId: i + 1,
      row: document.getElementById(id)! as Element,
    }));
    const locks = findCatalogLocks(rows, (ecomId) => ecomId !== 1);
    expect([...locks.values()]).toEqual([2, 3]);
  });
});
