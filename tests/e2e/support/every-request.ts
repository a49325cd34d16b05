import type { Request } from '../../../utils/messaging/protocol.ts';

/**
 * Every request the background knows, in a valid shape, as a hostile page or a subverted content script would
 * send it; the job ones name nothing that exists, so that even one let through changes nothing.
 */
export const EVERY_REQUEST: Request[] = [
  { type: 'overview' },
  { type: 'status' },
  { type: 'refresh' },
  { type: 'settings' },
  { type: 'words', part: 'overlay', language: 'fr' },
  { type: 'open-options' },
  { type: 'start-job', job: { kind: 'enable-categories', ecomIds: [987_654_321] } },
  { type: 'job', id: 'no-such-job' },
  { type: 'job-progress', id: 'no-such-job' },
  { type: 'undo', id: 'no-such-job' },
  { type: 'cancel', id: 'no-such-job' },
  { type: 'choose-link', ecomId: 987_654_321, retailId: 0 },
  { type: 'connections' },
  { type: 'connect-ecom', storeId: '1', token: 'secret_planted' },
  { type: 'connect-retail', token: 'planted' },
  { type: 'retail-oauth', clientId: 'planted' },
  { type: 'connect-sandbox', url: 'http://127.0.0.1:1' },
  { type: 'forget' },
  { type: 'save-settings', settings: { mode: 'sync' } },
  { type: 'activity' },
  { type: 'admin-origins' },
  { type: 'add-admin-origin', address: 'https://planted.example' },
  { type: 'remove-admin-origin', origin: 'https://planted.example' },
];

/** The requests only the extension's own pages may make (utils/messaging/requests.ts says which). */
export const PAGE_ONLY = new Set([
  'connections',
  'connect-ecom',
  'connect-retail',
  'retail-oauth',
  'connect-sandbox',
  'forget',
  'save-settings',
  'activity',
  'admin-origins',
  'add-admin-origin',
  'remove-admin-origin',
]);
