import type { ExternalIds } from '../world/types.ts';

/**
 * The externalReferenceId eCom's API shows for a record, in the world's `externalIds` mode. Only the records
 * Lightspeed's sync made are concerned (`madeByLightspeed`); what anyone wrote through the API shows as written.
 * `foreign` gives each record a stable id of another system's shape (a UUID), the same on every read.
 */
export function shownReference(
  reference: string | null,
  madeByLightspeed: boolean,
  mode: ExternalIds,
  kind: 'category' | 'product',
  id: number,
): string | null {
  if (reference === null || !madeByLightspeed || mode === 'retail') return reference;
  if (mode === 'none') return null;
  const hex = (n: number, width: number) => (n >>> 0).toString(16).padStart(width, '0').slice(-width);
  const salt = kind === 'category' ? 0x5ca7 : 0x9d0c;
  return `${hex(id * 2654435761, 8)}-${hex(salt, 4)}-4${hex(id, 3)}-a${hex(id >>> 12, 3)}-${hex(id, 12)}`;
}
