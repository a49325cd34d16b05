/** The toolbar icon's title, the note when categories arrive, and the options page's switch for that note. */
export const toolbar = {
  'toolbar.calm': 'Sync Lens: nothing waits for you in eCom.',
  'toolbar.notConnected': 'Sync Lens: no store is connected yet.',
  'toolbar.arrived.one': '{count} category arrived from Retail POS and is still disabled',
  'toolbar.arrived.other': '{count} categories arrived from Retail POS and are still disabled',
  'toolbar.changes.one': '{count} change in Retail POS that eCom does not show yet (Sync mode brings it)',
  'toolbar.changes.other': '{count} changes in Retail POS that eCom does not show yet (Sync mode brings them)',
  'toolbar.both': '{arrived}; {changes}',
  'toolbar.waiting': 'Sync Lens: {what}.',
  'toolbar.failed':
    'Sync Lens could not read your stores, so it cannot tell what waits for you. {problem} Then click Refresh in the Sync Lens menu.',
  'note.arrived.one': '{count} category arrived from Retail POS and is still disabled.',
  'note.arrived.other': '{count} categories arrived from Retail POS and are still disabled.',
  'note.arrivedHelp': 'Shoppers do not see them until you enable them in eCom.',
  'note.open': 'Open the categories page',
  'options.notes.label': 'Tell me when categories arrive from Retail POS',
  'options.notes.help':
    'A browser notification, once for each arrival, that opens your categories page. Off by default; the browser asks you to allow notifications.',
  'options.notes.refused':
    'The browser did not allow notifications, so Sync Lens shows none. Tick the box again to be asked again.',
} as const;
