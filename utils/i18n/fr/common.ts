import type { common as english } from '../en/common.ts';

export const common: Record<keyof typeof english, string> = {
  'brand.name': 'Sync Lens',
  /** Under a minute ago: see utils/i18n/time-ago.ts. */
  'time.justNow': 'à l’instant',
  /** A job's counts, each agreeing with its number (JobProgress, the popup, the run log). */
  'count.done.one': '{count} fait',
  'count.done.other': '{count} faits',
  'count.failed.one': '{count} en échec',
  'count.failed.other': '{count} en échec',
  'count.skipped.one': '{count} ignoré',
  'count.skipped.other': '{count} ignorés',
  'count.categories.one': '{count} catégorie',
  'count.categories.other': '{count} catégories',
};
