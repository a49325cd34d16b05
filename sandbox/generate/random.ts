/** A seeded random number source (mulberry32): the same seed gives the same store on every machine. */
export type Random = () => number;

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [0, size). */
export function randomIndex(random: Random, size: number): number {
  return Math.floor(random() * size);
}

export function pick<T>(random: Random, list: readonly T[]): T {
  return list[randomIndex(random, list.length)]!;
}

/** True with the given probability. */
export function chance(random: Random, probability: number): boolean {
  return random() < probability;
}
