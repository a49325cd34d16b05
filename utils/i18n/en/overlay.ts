/** The admin overlay's words, in English. fr/overlay.ts has the same keys. */
export const overlay = {
  'overlay.label': 'Sync Lens: category sync status',
  'overlay.loading': 'Asking Sync Lens for this store’s state…',
  'overlay.active': 'Sync Lens {version} is active on this page.',
  'overlay.notConnected':
    'Connect your Retail POS and eCom stores in Sync Lens to see the sync status of every category here.',
  'overlay.connectedEcomOnly':
    'eCom is connected. Connect Retail POS too to see categories that have not arrived yet and Retail’s order.',
  'overlay.connectedBoth': 'Retail POS and eCom are connected.',
  'overlay.unreachable':
    'Sync Lens could not reach its background service ({reason}). Reload the page; if it keeps happening, turn the extension off and on again in your browser’s extensions page.',
} as const;
