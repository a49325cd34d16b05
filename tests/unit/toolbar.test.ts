import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { arrivalsToTell } from '../../utils/toolbar/arrivals.ts';
import { badgeOf, COUNT_COLOUR, FAILED_COLOUR, FAILED_MARK } from '../../utils/toolbar/badge.ts';
import { categoriesPageOf } from '../../utils/toolbar/categories-page.ts';

const waiting = (arrived: number, changes = 0) => ({
  arrived: Array.from({ length: arrived }, (_, i) => i + 1),
  changes,
  total: arrived + changes,
});

describe('badgeOf: what the toolbar icon says', () => {
  it('shows how many wait, and says what they are in the merchant’s language, agreeing with the number', () => {
    expect(badgeOf({ connected: true, waiting: waiting(12), problem: null }, 'en')).toEqual({
      text: '12',
      colour: COUNT_COLOUR,
      title: 'Sync Lens: 12 categories arrived from Retail POS and are still disabled.',
    });
    expect(badgeOf({ connected: true, waiting: waiting(1), problem: null }, 'en').title).toBe(
      'Sync Lens: 1 category arrived from Retail POS and is still disabled.',
    );
    expect(badgeOf({ connected: true, waiting: waiting(1), problem: null }, 'fr').title).toBe(
      'Sync Lens : 1 catégorie arrivée de Retail POS est encore désactivée.',
    );
    expect(badgeOf({ connected: true, waiting: waiting(2, 1), problem: null }, 'fr')).toMatchObject({
      text: '3',
      title:
        'Sync Lens : 2 catégories arrivées de Retail POS sont encore désactivées ; 1 changement dans Retail POS n’apparaît pas encore dans eCom (le mode Synchroniser l’apporte).',
    });
  });

  it('shows nothing when nothing waits, or no store is connected', () => {
    expect(badgeOf({ connected: true, waiting: waiting(0), problem: null }, 'en')).toMatchObject({
      text: '',
      title: 'Sync Lens: nothing waits for you in eCom.',
    });
    expect(badgeOf({ connected: false }, 'fr')).toMatchObject({
      text: '',
      title: 'Sync Lens : aucune boutique n’est encore connectée.',
    });
  });

  it('keeps to four characters', () => {
    expect(badgeOf({ connected: true, waiting: waiting(999), problem: null }, 'en').text).toBe('999');
    expect(badgeOf({ connected: true, waiting: waiting(1000), problem: null }, 'en').text).toBe('999+');
  });

  it('shows the failure mark in its own colour while the last read failed, whatever the count, with what to do', () => {
    const problem = {
      at: '2026-12-04T04:00:00.000Z',
      message: 'eCom refused the token (401).',
      said: { en: 'eCom refused the token (401).', fr: 'eCom a refusé le jeton (401).' },
    };
    for (const count of [0, 5]) {
      const badge = badgeOf({ connected: true, waiting: waiting(count), problem }, 'fr');
      expect(badge.text).toBe(FAILED_MARK);
      expect(badge.colour).toBe(FAILED_COLOUR);
      expect(badge.title).toContain('eCom a refusé le jeton (401).');
      expect(badge.title).toContain('Actualiser');
    }
    // A problem kept before it was worded in both languages is shown as it is.
    const old = badgeOf({ connected: true, waiting: waiting(0), problem: { at: '', message: 'offline' } }, 'en');
    expect(old.title).toBe(
      'Sync Lens could not read your stores, so it cannot tell what waits for you. offline Then click Refresh in the Sync Lens menu.',
    );
    expect(FAILED_COLOUR).not.toBe(COUNT_COLOUR);
  });

  it('is a number exactly when something waits and the last read worked', () => {
    fc.assert(
      fc.property(
        fc.nat(5_000),
        fc.nat(50),
        fc.boolean(),
        fc.constantFrom('en' as const, 'fr' as const),
        (a, c, failed, language) => {
          const problem = failed ? { at: '', message: 'down' } : null;
          const badge = badgeOf({ connected: true, waiting: waiting(a, c), problem }, language);
          if (failed) expect(badge.text).toBe('!');
          else if (a + c === 0) expect(badge.text).toBe('');
          else expect(badge.text).toBe(a + c > 999 ? '999+' : String(a + c));
        },
      ),
    );
  });
});

describe('arrivalsToTell: once per arrival', () => {
  const inEcom = new Set([1, 2, 3, 4, 5]);

  it('takes what waits at the first look as known', () => {
    expect(arrivalsToTell(undefined, [1, 2], inEcom)).toEqual({ tell: [], keep: [1, 2] });
  });

  it('tells of the new arrivals only, and keeps them', () => {
    expect(arrivalsToTell([1, 2], [1, 2, 3, 4], inEcom)).toEqual({ tell: [3, 4], keep: [1, 2, 3, 4] });
  });

  it('never tells of the same category twice, even enabled and put back to new', () => {
    // 2 was enabled (no longer arrived), then an undo put it back: still known.
    const afterEnable = arrivalsToTell([1, 2], [1], inEcom);
    expect(afterEnable).toEqual({ tell: [], keep: [1, 2] });
    expect(arrivalsToTell(afterEnable.keep, [1, 2], inEcom).tell).toEqual([]);
  });

  it('forgets categories no longer in eCom', () => {
    expect(arrivalsToTell([1, 9], [1, 3], inEcom)).toEqual({ tell: [3], keep: [1, 3] });
  });

  it('over any run of looks, tells of each category at most once', () => {
    const ids = fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 12 });
    fc.assert(
      fc.property(fc.array(ids, { minLength: 1, maxLength: 8 }), (looks) => {
        const all = new Set(looks.flat());
        let told: number[] | undefined;
        const toldOf: number[] = [];
        for (const arrived of looks) {
          const result = arrivalsToTell(told, arrived, all);
          toldOf.push(...result.tell);
          told = result.keep;
        }
        expect(new Set(toldOf).size).toBe(toldOf.length);
        // Nothing of the first look is ever told of.
        for (const id of looks[0]!) expect(toldOf).not.toContain(id);
      }),
    );
  });
});

describe('categoriesPageOf: where the note leads', () => {
  it('is the store’s categories page on eCom’s admin', () => {
    expect(categoriesPageOf({ storeId: 123, apiBase: 'https://app.ecwid.com/api/v3' })).toBe(
      'https://my.ecwid.com/store/123#categories',
    );
  });

  it('is the sandbox’s admin for a sandbox store', () => {
    expect(
      categoriesPageOf({
        storeId: 8080,
        apiBase: 'http://127.0.0.1:8787/api/v3',
        adminUrl: 'http://127.0.0.1:8787/store/8080#categories',
      }),
    ).toBe('http://127.0.0.1:8787/store/8080#categories');
    expect(categoriesPageOf({ storeId: 7, apiBase: 'http://localhost:9000/api/v3' })).toBe(
      'http://localhost:9000/store/7#categories',
    );
  });
});
