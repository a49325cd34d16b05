import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';

import { requestNotes } from '../../utils/own-pages/notes-permission.ts';

/**
 * Turning the arrival note on: Chrome answers yes to a request for a permission the build already holds; Firefox
 * refuses the request itself when the permission is not an optional one (the sandbox build grants it at install).
 */
describe('asking for the arrival note’s permission', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is yes when the browser grants it', async () => {
    vi.spyOn(browser.permissions, 'request').mockResolvedValue(true as never);
    expect(await requestNotes()).toBe(true);
  });

  it('is no when the merchant refuses it', async () => {
    vi.spyOn(browser.permissions, 'request').mockResolvedValue(false as never);
    expect(await requestNotes()).toBe(false);
  });

  it('is yes when the browser will not ask because the build holds it already (Firefox)', async () => {
    vi.spyOn(browser.permissions, 'request').mockRejectedValue(
      new Error('May only request permissions from the manifest’s optional_permissions'),
    );
    vi.spyOn(browser.permissions, 'contains').mockResolvedValue(true as never);
    expect(await requestNotes()).toBe(true);
  });

  it('is no when the browser cannot ask and does not hold it', async () => {
    vi.spyOn(browser.permissions, 'request').mockRejectedValue(new Error('cannot ask'));
    vi.spyOn(browser.permissions, 'contains').mockResolvedValue(false as never);
    expect(await requestNotes()).toBe(false);
  });
});
