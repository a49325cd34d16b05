/**
 * Performance marks for `npm run bench`, left only when the page's localStorage has "sync-lens:debug" = "1":
 * a merchant's admin never gets them. Marks are on the page's own timeline, which the bench reads.
 */
const enabled = (() => {
  try {
    return localStorage.getItem('sync-lens:debug') === '1';
  } catch {
    return false;
  }
})();

export function debugMark(name: string, detail?: Record<string, number>): void {
  if (enabled) performance.mark(`sync-lens:${name}`, detail ? { detail } : undefined);
}

/** A mark once the browser has drawn what the current task changed: the next frame, then the task after it. */
export function debugMarkAfterPaint(name: string, detail?: Record<string, number>): void {
  if (enabled) requestAnimationFrame(() => setTimeout(() => debugMark(name, detail), 0));
}
