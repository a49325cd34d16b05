import type { Words } from '../../utils/overlay/words.ts';

/** "Enable N products": opens the preview of the products a page hides from shoppers; nothing when there are none. */
export function EnableProductsButton({ words, count, onEnable }: { words: Words; count: number; onEnable: (opener: HTMLElement) => void }) {
  if (count === 0) return null;
  return (
    <button
      type="button"
      class="sl-button sl-button--primary"
      data-action="enable-products"
      aria-haspopup="dialog"
      onClick={(event) => onEnable(event.currentTarget)}
    >
      {words.n('overlay.action.enableProducts', count)}
    </button>
  );
}
