/** Words every part of the interface shares, in English. */
export const common = {
  'brand.name': 'Sync Lens',
  /** Under a minute ago: see utils/i18n/time-ago.ts. */
  'time.justNow': 'just now',
} as const;
