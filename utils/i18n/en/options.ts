/** The options page's words, in English. fr/options.ts has the same keys. */
export const options = {
  'options.title': 'Sync Lens: connect your stores',
  'options.intro':
    'Connect your eCom store, then your Retail POS account. Sync Lens then explains every category on your eCom categories page. Your tokens stay in this browser and go only to Lightspeed’s own services.',

  'options.ecom.heading': '1. Your eCom (E-Series) store',
  'options.ecom.notConnected': 'Not connected yet.',
  'options.ecom.connected': 'Connected to store {storeId}.',
  'options.ecom.connectedReadOnly':
    'Connected to store {storeId} with a public token: Sync Lens sees only enabled categories and products, so a category still disabled in eCom (every newly synced one) shows as not in eCom yet, and it can change nothing. Connect with the secret token to see every category and enable them.',
  'options.ecom.guideSummary': 'Where do I find the store ID and the token?',
  'options.ecom.guide1':
    'In your eCom admin, open Apps → My apps and create a custom app (in Ecwid’s admin: the “develop apps” page).',
  'options.ecom.guide2':
    'Give it the access scopes read_catalog and update_catalog (and create_catalog if you will use Sync mode).',
  'options.ecom.guide3':
    'Open the app’s details and copy the store ID and the secret token (it starts with secret_). The public token (public_…) works too, but it sees only enabled categories and changes nothing.',
  'options.ecom.storeId': 'Store ID',
  'options.ecom.storeIdHint': 'The number after /store/ in your eCom admin’s address.',
  'options.ecom.token': 'API token',
  'options.ecom.tokenHint': 'secret_… to view and act, public_… to view only.',
  'options.ecom.writesChecked':
    'Connecting checks the token with one real read. Whether it may also change the catalog (update_catalog) is checked by your first action, which tells you if the scope is missing.',
  'options.ecom.apiBase': 'eCom API address',
  'options.ecom.submit': 'Check and connect',
  'options.ecom.replace': 'Check and replace',

  'options.advanced': 'Advanced: API addresses',
  'options.checking': 'Checking with a real call…',

  'options.reading': 'Reading your stores… a few seconds, longer for a big catalog.',
  'options.read':
    'Read {time}: {categories}. Newly arrived and still disabled: {new} · waiting to arrive: {pending} · live: {live}.',
  'options.openAdmin': 'Open your categories page',

  'options.retail.heading': '2. Your Retail POS (R-Series) account',
  'options.retail.without':
    'Recommended. Without Retail POS, Sync Lens works from eCom’s own data (which categories came from Retail POS, and their Retail reference), but it cannot know the categories still on their way to eCom, nor Retail POS’s order.',
  'options.retail.notConnected': 'Not connected.',
  'options.retail.connectedOAuth':
    'Connected to the Retail POS account “{account}” by signing in. Sync Lens renews access by itself.',
  'options.retail.connectedToken':
    'Connected to the Retail POS account “{account}” with a pasted access token. It stops working when Lightspeed ends it (usually within an hour): sign in with Lightspeed to stay connected.',
  'options.retail.oauthHeading': 'Sign in with Lightspeed (recommended)',
  'options.retail.oauthExplain':
    'Lightspeed’s page opens: sign in as an employee of the store and allow access. Sync Lens may then read the inventory (categories and items) and keeps that access by itself. You need no API client of your own.',
  'options.retail.noOwnClient':
    'This build of Sync Lens was made without a Lightspeed client of its own (no client ID was set when it was built), so it cannot sign in in one click. Sign in with your own Lightspeed API client under “Advanced”, or paste an access token.',
  'options.retail.advanced': 'Advanced: your own API client, and the API addresses',
  'options.retail.ownClientHeading': 'Your own Lightspeed API client',
  'options.retail.ownClientExplain':
    'Only if you prefer an API client of your own, registered in Lightspeed’s developer portal: enter its client ID and client secret, then sign in. They stay in this browser; the secret goes only to Lightspeed’s sign-in service. Leave the client ID empty to sign in as Sync Lens.',
  'options.retail.redirect': 'Redirect URI to register with your API client:',
  'options.retail.clientId': 'Client ID',
  'options.retail.clientSecret': 'Client secret',
  'options.retail.clientSecretSaved': 'Saved: leave empty to keep it',
  'options.retail.authBase': 'Lightspeed sign-in address',
  'options.retail.apiBase': 'Retail POS API address',
  'options.retail.signIn': 'Sign in with Lightspeed',
  'options.retail.signingIn': 'Waiting for you in Lightspeed’s window…',
  'options.retail.tokenHeading': 'Or paste an access token',
  'options.retail.token': 'Access token',
  'options.retail.accountId': 'Account ID (optional)',
  'options.retail.accountIdHint': 'Empty: the token’s own account.',
  'options.retail.tokenSubmit': 'Check and connect',

  'options.sandbox.heading': 'Local sandbox',
  'options.sandbox.explain':
    'To try Sync Lens without a real store: start the sandbox with npm start, then connect both stores to it in one click.',
  'options.sandbox.url': 'Sandbox address',
  'options.sandbox.submit': 'Connect to the local sandbox',

  'options.settings.heading': '3. How Sync Lens works',
  'options.mode.label': 'Mode',
  'options.mode.watch': 'Watch (recommended)',
  'options.mode.watchHelp':
    'Lightspeed’s own sync moves categories from Retail POS to eCom. Sync Lens reads both, explains every category, and changes something only when you click an action.',
  'options.mode.sync': 'Sync',
  'options.mode.syncHelp':
    'For stores whose Lightspeed sync is off: at every refresh, Sync Lens itself creates the missing categories (disabled, as Lightspeed does), and puts names, places, order and products back in line with Retail POS. It deletes nothing and never touches what is yours in eCom (description, image, enabled or not, online-only categories).',
  'options.mode.syncReadOnly': 'Sync needs the secret token.',
  'options.refresh.label': 'Read both stores again',
  'options.refresh.every': 'every {minutes} minutes',
  'options.refresh.hours': 'every {hours} hours',
  'options.refresh.hour': 'every hour',
  'options.language.label': 'Language',
  'options.language.auto': 'The browser’s language',
  'options.language.en': 'English',
  'options.language.fr': 'French (français)',
  'options.saved': 'Saved.',
  'options.switched.forgotWatch':
    'Another store or account is connected: Sync Lens is back in Watch mode, and forgot the jobs and the history of the store before. Choose Sync again if this store’s Lightspeed sync is off.',
  'options.switched.forgot':
    'Another store or account is connected: Sync Lens forgot the jobs and the history of the store before.',
  'options.switched.watch':
    'Sync Lens is back in Watch mode: Sync writes to the store by itself, so choose it again for the store and account connected now.',

  'options.activity.heading': 'What Sync Lens did',
  'options.activity.explain': 'Newest first. Sync Lens reads both stores every few minutes, and after each action.',
  'options.activity.empty': 'Nothing yet.',
  'options.activity.read.once': 'Read the stores: {categories}.',
  'options.activity.read.times': 'Read the stores {times} times since {since}: {categories}.',
  'options.activity.readFailed': 'Could not read the stores: {error}',
  'options.activity.job.enable-categories': 'Enabled categories',
  'options.activity.job.disable-categories': 'Disabled categories',
  'options.activity.job.enable-products': 'Enabled products',
  'options.activity.job.disable-products': 'Disabled products',
  'options.activity.job.sync': 'Ran the one-way sync',
  'options.activity.undo.disable-categories': 'Undid enabling categories',
  'options.activity.undo.disable-products': 'Undid enabling products',
  'options.activity.jobLine': '{action}: {counts}.',
  'options.activity.status.cancelled': 'Cancelled.',
  'options.activity.status.failed': 'Stopped on an error.',
  'options.activity.refused.one':
    'eCom refused a change it will keep refusing ({names}): automatic syncs leave it out from now on, until it changes in Retail POS or you start a sync yourself.',
  'options.activity.refused.other':
    'eCom refused {count} changes it will keep refusing ({names}): automatic syncs leave them out from now on, until they change in Retail POS or you start a sync yourself.',
  'options.forget.heading': 'Forget this store',
  'options.forget.explain':
    'Ends Sync Lens’s sign-in at Lightspeed, then removes from this browser every token, your Lightspeed API client and every record Sync Lens keeps about your stores. Nothing else changes in eCom or Retail POS. The language and refresh interval stay; the mode goes back to Watch.',
  'options.forget.button': 'Forget this store',
  'options.forget.confirm': 'Remove every token and every record now?',
  'options.forget.yes': 'Yes, forget it',
  'options.forget.cancel': 'Cancel',
  'options.forget.done': 'Forgotten: Sync Lens holds no token and no record any more.',
  'options.forget.doneRevoked':
    'Forgotten: Sync Lens ended its sign-in at Lightspeed, and holds no token and no record any more.',
  'options.forget.notRevoked':
    'Forgotten in this browser: Sync Lens holds no token and no record any more. But Lightspeed could not be reached to end Sync Lens’s sign-in there: it stops working by itself once unused for 30 days.',

  'options.connected': 'Connected.',
  'options.input.storeId':
    'The store ID is a number, like 1234567: the one after /store/ in your eCom admin’s address.',
  'options.input.token': 'Paste the whole token, as one word.',
  'options.input.client': 'Enter the client ID and the client secret of your Lightspeed API client.',

  'options.error.permission-needed':
    'Sync Lens needs your permission to reach {host}. Click again and choose Allow when the browser asks.',
  'options.error.permission-impossible': 'This build of Sync Lens may not reach {host}.',
  'options.error.bad-address':
    'This address cannot be used: it must start with https:// (http:// only for this computer).',
  'options.error.ecom-token':
    'eCom refused this token (401): it is mistyped, or it was revoked. In the eCom admin, open Apps → My apps, open your custom app’s details, copy the secret token again and paste it here.',
  'options.error.ecom-store':
    'eCom has no store {storeId} (404). Check the store ID: it is the number after /store/ in your eCom admin’s address, also shown in your custom app’s details.',
  'options.error.ecom-scope':
    'eCom does not let this token read the catalog of store {storeId} (403). Give your custom app the read_catalog access scope (and update_catalog to make changes), or check that the token and the store ID belong to the same store.',
  'options.error.ecom-unreachable': 'Sync Lens could not reach eCom: {message}',
  'options.error.retail-token':
    'Retail POS refused this access token (401): it is mistyped, expired (they last about an hour) or revoked. Sign in with Lightspeed instead, which keeps Sync Lens connected.',
  'options.error.retail-account':
    'This token does not reach that Retail POS account. Leave the account ID empty to use the token’s own account.',
  'options.error.retail-scope':
    'Retail POS does not let this token read the account (403). Sign in as an employee with inventory rights (the employee:inventory or employee:all scope).',
  'options.error.retail-unreachable': 'Sync Lens could not reach Retail POS: {message}',
  'options.error.oauth-cancelled':
    'Lightspeed’s window closed before access was granted. Try again; if it showed an error while you signed in with your own API client, check that its redirect URI is {redirect}',
  'options.error.oauth-denied': 'Access was not granted on Lightspeed’s page, so Retail POS is not connected.',
  'options.error.oauth-state-mismatch':
    'The answer from Lightspeed did not belong to this sign-in, so Sync Lens ignored it. Try again.',
  'options.error.oauth-bad-client':
    'Lightspeed does not accept this API client: check its client ID and client secret, then sign in again.',
  'options.error.oauth-own-client':
    'Lightspeed does not know the client this build of Sync Lens signs in as. Sign in with your own Lightspeed API client under “Advanced”, or paste an access token.',
  'options.error.oauth-expired-grant': 'Lightspeed no longer accepts this sign-in. Sign in again.',
  'options.error.oauth-unreachable':
    'Sync Lens could not reach Lightspeed’s sign-in service. Try again in a few minutes.',
  'options.error.oauth-malformed': 'Lightspeed’s sign-in service answered something Sync Lens cannot read. Try again.',
  'options.error.sandbox-unreachable': 'No sandbox answered at {url}. Start it with npm start, and check the address.',
  'options.error.sandbox-not-local':
    'The sandbox runs on this computer: its address starts with http://127.0.0.1: or http://localhost:.',
  'options.error.read-only': 'This needs the store’s secret token: connect again with it.',
  'options.error.other': 'It did not work: {message}',
} as const;
