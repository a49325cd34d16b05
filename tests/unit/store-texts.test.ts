import { readFile } from 'node:fs/promises';

import { describe, expect, it } from 'vitest';

/** What the stores show from the manifest, in both languages, within the limits they enforce. */
type Messages = Record<string, { message: string; description?: string }>;

const read = async (language: string) =>
  JSON.parse(await readFile(`public/_locales/${language}/messages.json`, 'utf8')) as Messages;

describe('the manifest’s texts in English and French', () => {
  it('have the same keys in both languages, none empty', async () => {
    const [en, fr] = [await read('en'), await read('fr')];
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const messages of [en, fr])
      for (const [key, { message }] of Object.entries(messages)) expect(message.trim(), key).not.toBe('');
  });

  it('fit the Chrome Web Store’s limits: a name of at most 45 characters, a description of at most 132', async () => {
    for (const language of ['en', 'fr']) {
      const messages = await read(language);
      expect(messages.extName!.message.length, language).toBeLessThanOrEqual(45);
      expect(messages.extDescription!.message.length, language).toBeLessThanOrEqual(132);
    }
  });

  it('come with the store listing in both languages', async () => {
    const listing = await readFile('STORE-LISTING.md', 'utf8');
    for (const language of ['en', 'fr']) expect(listing).toContain((await read(language)).extDescription!.message);
  });
});
