/**
 * Where the eCom (E-Series) admin lives. Stand-alone Ecwid stores use my.ecwid.com; Lightspeed-branded E-Series
 * stores are seen at my.business.shop. Both serve the control panel under /store/{storeId}.
 */
export const ADMIN_MATCHES = ['https://my.ecwid.com/store/*', 'https://my.business.shop/store/*'];

/** The sandbox serves its stand-in admin on loopback, on whatever port it picked. */
export const SANDBOX_ADMIN_MATCHES = ['http://127.0.0.1/store/*', 'http://localhost/store/*'];

/** The API hosts the background calls (R-Series V3, its OAuth server, and the Ecwid REST API). */
export const API_HOSTS = [
  'https://api.lightspeedapp.com/*',
  'https://cloud.lightspeedapp.com/*',
  'https://app.ecwid.com/*',
];

/** The sandbox's APIs, on loopback. */
export const SANDBOX_API_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];
