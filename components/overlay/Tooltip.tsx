/**
 * The one-sentence meaning of a badge or lock, shown while it is hovered or focused. It never takes focus or
 * the pointer; the same sentence is the badge's accessible description, so screen readers hear it too.
 */
export function Tooltip({ text, anchor }: { text: string; anchor: { top: number; bottom: number; left: number } }) {
  const width = 300;
  const left = Math.min(Math.max(8, anchor.left), window.innerWidth - width - 8);
  const above = anchor.top > 80;
  const style = above
    ? { left: `${left}px`, bottom: `${window.innerHeight - anchor.top + 6}px` }
    : { left: `${left}px`, top: `${anchor.bottom + 6}px` };
  return (
    <div class="sl-tooltip" role="tooltip" style={style}>
      {text}
    </div>
  );
}
