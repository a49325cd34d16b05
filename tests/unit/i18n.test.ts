import { describe, expect, it } from 'vitest';

import { detectLanguage, LANGUAGES, translator } from '../../utils/i18n/index.ts';

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
