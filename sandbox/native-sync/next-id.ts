/** The id after the largest one in use (1 when there is none): deterministic, so runs can be compared. */
export function nextFreeId(ids: Iterable<number>): number {
  let max = 0;
  for (const id of ids) if (id > max) max = id;
  return max + 1;
}
