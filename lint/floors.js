/**
 * The layers of Sync Lens, lowest first. A file may import from its own unit or from a unit on a lower floor,
 * never from one on its floor or above: so no import runs back up and no two units lean on each other.
 * A unit is a folder (or a lone file) named by its path from the repository's root; the longest match wins.
 */
export const FLOORS = [
  // Words in both languages: everything may say things.
  ['utils/i18n'],
  // Leaves that know one thing each: the pure planner, HTTP, the admin's markup, the page guard, the settings.
  ['utils/sync', 'utils/http', 'utils/admin-dom', 'utils/security', 'utils/settings.ts'],
  // The two API clients.
  ['utils/retail', 'utils/ecom'],
  // Connecting a store: checking credentials, OAuth sign-in, the saved connections and the IndexedDB vault of their
  // tokens; the admin's other addresses.
  ['utils/connect', 'utils/admin-origins'],
  // Jobs on plain data, with the eCom port they need.
  ['utils/jobs'],
  // The only code that opens the cache's IndexedDB: it stores plans, jobs and the run log.
  ['utils/db'],
  // The engine: refresh, the job runner, the facade the background drives.
  ['utils/engine'],
  // The protocol between the pages and the background, and who may ask what.
  ['utils/messaging'],
  // What the pages do with the answers: the overlay's features, the options page's and popup's helpers; what the
  // toolbar icon and the arrival note say.
  ['utils/overlay', 'utils/own-pages', 'utils/toolbar'],
  // Preact components: they draw what they are given.
  ['components'],
  // The entry points: each wires its own surface and nothing imports them.
  ['entrypoints/background', 'entrypoints/admin.content', 'entrypoints/popup', 'entrypoints/options'],
];

/** Units that import nothing outside themselves: the planner must stay pure and runnable anywhere. */
export const SEALED = ['utils/sync'];

/**
 * The surfaces that run in a page (the content script in the merchant's admin, the popup, the options page) and
 * what they draw with. They may import values only from these units; from the background's floors (jobs, db,
 * engine, connect, the clients) only types, or the pure leaves listed, so no background code and no stored
 * credential logic lands in a page's bundle.
 */
export const PAGE_UNITS = [
  'entrypoints/admin.content',
  'entrypoints/popup',
  'entrypoints/options',
  'components',
  'utils/overlay',
  'utils/own-pages',
];
export const PAGE_VALUES = [
  'utils/i18n',
  'utils/sync',
  'utils/admin-dom',
  'utils/security',
  'utils/settings.ts',
  'utils/messaging/ask.ts',
  'utils/overlay',
  'utils/own-pages',
  'components',
  // Pure leaves: constants and small functions with no I/O.
  'utils/retail/config.ts',
  'utils/ecom/config.ts',
  'utils/connect/address.ts',
  'utils/connect/sandbox.ts',
  'utils/admin-origins/read-origin.ts',
  'utils/jobs/model.ts',
];

/** Components draw; they never talk to the background or the browser themselves (the entry points do). */
export const COMPONENT_UNITS = ['components'];
export const COMPONENT_FORBIDDEN = [
  'utils/messaging/ask.ts',
  'wxt/browser',
  '@wxt-dev/browser',
  'webextension-polyfill',
];
