import { NONE } from './retail-index.ts';

/**
 * Links, for each key, the one Retail record and the one eCom record that have it; a key either side holds
 * twice links nothing (a tie is never broken by a guess).
 */
export function pairUnique(
  retailCount: number,
  ecomCount: number,
  retailKey: (ordinal: number) => string | null,
  ecomKey: (at: number) => string | null,
  join: (at: number, ordinal: number) => void,
): void {
  const retailOf = new Map<string, number>();
  for (let ordinal = 0; ordinal < retailCount; ordinal++) {
    const key = retailKey(ordinal);
    if (key !== null) retailOf.set(key, retailOf.has(key) ? NONE : ordinal);
  }
  const ecomOf = new Map<string, number>();
  for (let at = 0; at < ecomCount; at++) {
    const key = ecomKey(at);
    if (key !== null && retailOf.has(key)) ecomOf.set(key, ecomOf.has(key) ? NONE : at);
  }
  for (const [key, at] of ecomOf) {
    const ordinal = retailOf.get(key)!;
    if (at !== NONE && ordinal !== NONE) join(at, ordinal);
  }
}
