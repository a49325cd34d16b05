import { useState } from 'preact/hooks';

/**
 * The ticked ids of a preview list, and how to tick or untick one: the merchant confirms exactly what is ticked,
 * in the candidates' own order.
 */
export function useTicked<T extends { ecomId: number }>(candidates: readonly T[], tickedAtFirst: (candidate: T) => boolean) {
  const [ticked, setTicked] = useState<ReadonlySet<number>>(
    () => new Set(candidates.filter(tickedAtFirst).map((candidate) => candidate.ecomId)),
  );
  const toggle = (ecomId: number, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(ecomId);
    else next.delete(ecomId);
    setTicked(next);
  };
  const chosen = candidates.filter((candidate) => ticked.has(candidate.ecomId)).map((candidate) => candidate.ecomId);
  return { ticked, toggle, chosen };
}
