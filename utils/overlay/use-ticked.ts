import { useState } from 'preact/hooks';

import { actingForAPerson } from '../security/trusted-events.ts';

/**
 * The ticked ids of a preview list, and how to tick or untick one: the merchant confirms exactly what is ticked,
 * in the candidates' own order.
 */
export function useTicked<T extends { ecomId: number }>(
  candidates: readonly T[],
  tickedAtFirst: (candidate: T) => boolean,
) {
  const [ticked, setTicked] = useState<ReadonlySet<number>>(
    () => new Set(candidates.filter(tickedAtFirst).map((candidate) => candidate.ecomId)),
  );
  const toggle = (ecomId: number, on: boolean) => {
    // Only a person ticks (utils/security/trusted-events.ts): a page script's click on a box it moved out of
    // our shadow root ticks nothing. Call it from the box's click, not its `change` (which a script's click
    // makes trusted).
    if (!actingForAPerson()) return;
    const next = new Set(ticked);
    if (on) next.add(ecomId);
    else next.delete(ecomId);
    setTicked(next);
  };
  const chosen = candidates.filter((candidate) => ticked.has(candidate.ecomId)).map((candidate) => candidate.ecomId);
  return { ticked, toggle, chosen };
}
