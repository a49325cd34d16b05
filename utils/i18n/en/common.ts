/** Words every part of the interface shares, in English. */
export const common = {
  'brand.name': 'Sync Lens',
} as const;
