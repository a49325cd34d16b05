/** The control panel's paths: /store/{storeId}#…, and /cp/#… or /cp/CP.html#… (no store in the address). */
export const ADMIN_PATHS = ['/store/*', '/cp/*'];

const on = (origin: string) => ADMIN_PATHS.map((path) => `${origin}${path}`);

/**
 * Where the eCom (E-Series) admin lives. Stand-alone Ecwid stores use my.ecwid.com; Lightspeed-branded E-Series
 * stores are seen at my.business.shop. Other (white-label) hosts are the merchant's to add, in the options.
 */
export const ADMIN_MATCHES = [...on('https://my.ecwid.com'), ...on('https://my.business.shop')];

/** The sandbox serves its stand-in admin on loopback, on whatever port it picked. */
export const SANDBOX_ADMIN_MATCHES = [...on('http://127.0.0.1'), ...on('http://localhost')];

/** The match patterns of the admin on an origin the merchant added ("https://admin.example.shop"). */
export const adminMatchesOn = on;

/** The API hosts the background calls (R-Series V3, its OAuth server, and the Ecwid REST API). */
export const API_HOSTS = [
  'https://api.lightspeedapp.com/*',
  'https://cloud.lightspeedapp.com/*',
  'https://app.ecwid.com/*',
];

/** The sandbox's APIs, on loopback. */
export const SANDBOX_API_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];
