import * as v from 'valibot';
import { describe, expect, it } from 'vitest';

import { refusalFor } from '../../utils/messaging/policy.ts';
import type { Request, RequestOf, RequestType } from '../../utils/messaging/protocol.ts';
import { AUDIENCE, PAGE_ONLY_REQUESTS, REQUESTS, RequestSchema } from '../../utils/messaging/requests.ts';

/**
 * The one table of requests (utils/messaging/requests.ts): the schema lets through exactly what the types say,
 * and who may send each request is what the table says. A new entry without a sample here fails the type check.
 */

const SAMPLES: { [K in RequestType]: RequestOf<K> } = {
  overview: { type: 'overview' },
  status: { type: 'status' },
  refresh: { type: 'refresh', full: true },
  'start-job': { type: 'start-job', job: { kind: 'disable-categories', ecomIds: [3, 4] } },
  job: { type: 'job', id: 'j1' },
  'job-progress': { type: 'job-progress', id: 'j1' },
  undo: { type: 'undo', id: 'j1' },
  cancel: { type: 'cancel', id: 'j1' },
  'choose-link': { type: 'choose-link', ecomId: 2001, retailId: 0 },
  connections: { type: 'connections' },
  'connect-ecom': { type: 'connect-ecom', storeId: '1003', token: 'secret_x', apiBase: 'http://127.0.0.1:9/api/v3' },
  'connect-retail': { type: 'connect-retail', token: 't', accountId: '7', apiBase: 'http://127.0.0.1:9/API/V3' },
  'retail-oauth': { type: 'retail-oauth', clientId: 'c', clientSecret: 's', apiBase: 'a', authBase: 'b' },
  'connect-sandbox': { type: 'connect-sandbox', url: 'http://127.0.0.1:8787' },
  forget: { type: 'forget' },
  'save-settings': { type: 'save-settings', settings: { mode: 'sync', refreshMinutes: 15, language: 'fr' } },
  activity: { type: 'activity' },
  settings: { type: 'settings' },
  words: { type: 'words', part: 'overlay', language: 'fr' },
  'open-options': { type: 'open-options' },
  'admin-origins': { type: 'admin-origins' },
  'add-admin-origin': { type: 'add-admin-origin', address: 'https://admin.myshop.com' },
  'remove-admin-origin': { type: 'remove-admin-origin', origin: 'https://admin.myshop.com' },
};

const types = Object.keys(REQUESTS) as RequestType[];
const valid = (message: unknown) => v.safeParse(RequestSchema, message).success;

describe('the table of requests', () => {
  it('lets every request through with its fields', () => {
    for (const type of types) expect(valid(SAMPLES[type]), type).toBe(true);
  });

  it('refuses a field the table does not name, and a field of the wrong type', () => {
    for (const type of types) {
      expect(valid({ ...SAMPLES[type], extra: 1 }), type).toBe(false);
      const fields = Object.keys(SAMPLES[type]).filter((key) => key !== 'type');
      for (const field of fields)
        expect(valid({ ...SAMPLES[type], [field]: Symbol.for('x') }), `${type}.${field}`).toBe(false);
    }
    expect(valid({ type: 'drop-database' })).toBe(false);
    expect(valid({ type: 'connect-ecom', storeId: '1', token: '' })).toBe(false);
    expect(valid({ type: 'job', id: 'x'.repeat(101) })).toBe(false);
  });

  it('keeps credentials, settings, the admin’s addresses and the run log to Sync Lens’s own pages', () => {
    expect([...PAGE_ONLY_REQUESTS].sort()).toEqual(
      [
        'activity',
        'add-admin-origin',
        'admin-origins',
        'remove-admin-origin',
        'connect-ecom',
        'connect-retail',
        'connect-sandbox',
        'connections',
        'forget',
        'retail-oauth',
        'save-settings',
      ].sort(),
    );
    expect(types.filter((type) => AUDIENCE[type] === 'anyone').sort()).toEqual(['open-options', 'settings', 'words']);
  });

  it('refuses every page-only request from a content script, whatever its page', async () => {
    const contentScript = { id: 'own', url: 'https://my.ecwid.com/store/1003#categories', frameId: 0 };
    for (const type of PAGE_ONLY_REQUESTS) {
      const refusal = await refusalFor(SAMPLES[type] as Request, contentScript, false, null);
      expect(refusal?.code, type).toBe('forbidden');
      expect(await refusalFor(SAMPLES[type] as Request, contentScript, true, null), type).toBeNull();
    }
  });
});
