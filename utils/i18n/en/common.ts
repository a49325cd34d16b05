/** Words every part of the interface shares, in English. */
export const common = {
  'brand.name': 'Sync Lens',
  /** Under a minute ago: see utils/i18n/time-ago.ts. */
  'time.justNow': 'just now',
  /** A job's counts, each agreeing with its number (JobProgress, the popup, the run log). */
  'count.done.one': '{count} done',
  'count.done.other': '{count} done',
  'count.failed.one': '{count} failed',
  'count.failed.other': '{count} failed',
  'count.skipped.one': '{count} skipped',
  'count.skipped.other': '{count} skipped',
  'count.categories.one': '{count} category',
  'count.categories.other': '{count} categories',
} as const;
