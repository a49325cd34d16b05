/** "My eCom admin is at another address", on the options page. */
export const adminAddress = {
  'options.adminAddress.heading': 'My eCom admin is at another address',
  'options.adminAddress.explain':
    'Sync Lens works in the eCom admin at my.ecwid.com and my.business.shop. If yours opens at another address (some stores have their own), add it here: Sync Lens then explains your categories there too. The browser asks you to allow it.',
  'options.adminAddress.label': 'Your admin’s address',
  'options.adminAddress.placeholder': 'https://admin.myshop.com',
  'options.adminAddress.add': 'Add',
  'options.adminAddress.listLabel': 'Other addresses of your admin',
  'options.adminAddress.remove': 'Remove {origin}',
  'options.adminAddress.added': 'Added: open your admin at {origin} (or reload it) and Sync Lens is there.',
  'options.adminAddress.removed': 'Removed: Sync Lens no longer runs at {origin}.',
} as const;
