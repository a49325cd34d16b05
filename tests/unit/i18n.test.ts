import { describe, expect, it } from 'vitest';

import { detectLanguage, jobCounts, LANGUAGES, translator } from '../../utils/i18n/index.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the interface speaks French and English completely', () => {
  const [en, fr] = [LANGUAGES.en, LANGUAGES.fr];

  it('has every key in both languages', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('has no empty string and no untranslated English in French', () => {
    for (const [key, text] of Object.entries(fr)) {
      expect(text.trim(), key).not.toBe('');
      // Brand names are the same in both; any other identical sentence was forgotten.
      if (key !== 'brand.name') expect(text, key).not.toBe(en[key as keyof typeof en]);
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
    }
  });
});

describe('every count agrees with its number, through each language’s plural rules', () => {
  /**
   * Sentences where a number stands before a word that does not agree with it, or is never 1. Any other number
   * followed by a word belongs in a `.one` / `.other` pair, picked by Intl.PluralRules (t.n, Words.n).
   */
  const NO_AGREEMENT: Record<string, string> = {
    'overlay.panel.more': '“Show {count} more” / “Afficher {count} de plus”: nothing agrees',
    'options.refresh.every': 'the choices are 5 to 30 minutes',
    'options.refresh.hours': 'only for 2 hours or more (one hour has its own sentence)',
    'options.activity.read.times': 'said for two reads or more; “fois” and “times” take any number above 1',
  };

  /** A placeholder filled with a number, directly followed by a word (not a preposition: “1 of 3”, “1 sur 3”). */
  const NUMBER_BEFORE_WORD =
    /\{(count|total|done|failed|skipped|enabled|disabled|storefront|finished|times|minutes|hours|new|pending|live)\} (?!(of|sur|de)\b)\p{L}/u;

  for (const language of ['en', 'fr'] as const) {
    it(`leaves no number in ${language} before a word that should agree with it`, () => {
      for (const [key, text] of Object.entries(LANGUAGES[language])) {
        expect(text, key).not.toMatch(/\(s\)/);
        if (/\.(one|other)$/.test(key) || key in NO_AGREEMENT) continue;
        expect(text, key).not.toMatch(NUMBER_BEFORE_WORD);
      }
    });
  }

  it('picks the form each language’s rules give, French 0 and 1 alike', () => {
    const [en, fr] = [translator('en'), translator('fr')];
    expect(fr.n('count.skipped', 0)).toBe('0 ignoré');
    expect(fr.n('count.done', 1)).toBe('1 fait');
    expect(fr.n('count.done', 26)).toBe('26 faits');
    expect(en.n('popup.categories', 0)).toBe('0 categories');
    expect(en.n('popup.categories', 1)).toBe('1 category');
    expect(jobCounts(fr.n, { done: 1, failed: 2, skipped: 1 })).toBe('1 fait, 2 en échec, 1 ignoré');
  });
});

describe('language', () => {
  it('follows the admin page first, then the browser, then English', () => {
    expect(detectLanguage('fr-CA', ['en-US'])).toBe('fr');
    expect(detectLanguage('en', ['fr-FR'])).toBe('en');
    expect(detectLanguage('', ['de-DE', 'fr-FR'])).toBe('fr');
    expect(detectLanguage(null, ['de-DE'])).toBe('en');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = translator('en');
    expect(t('overlay.active', { version: '1.2.3' })).toBe('Sync Lens 1.2.3 is active on this page.');
    expect(t('overlay.active')).toContain('{version}');
  });
});
