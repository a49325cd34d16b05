import type { common as english } from '../en/common.ts';

export const common: Record<keyof typeof english, string> = {
  'brand.name': 'Sync Lens',
  /** Under a minute ago: see utils/i18n/time-ago.ts. */
  'time.justNow': 'à l’instant',
};
