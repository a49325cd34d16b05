import type { Words } from '../../utils/overlay/words.ts';

/**
 * "Enable N products": opens the preview of the products a page hides from shoppers; nothing when there are none.
 * The page's main action by default; `secondary` where another action leads (the docked panel).
 */
export function EnableProductsButton(props: {
  words: Words;
  count: number;
  onEnable: (opener: HTMLElement) => void;
  secondary?: boolean;
}) {
  const { words, count, onEnable, secondary = false } = props;
  if (count === 0) return null;
  return (
    <button
      type="button"
      class={secondary ? 'sl-button' : 'sl-button sl-button--primary'}
      data-action="enable-products"
      aria-haspopup="dialog"
      onClick={(event) => onEnable(event.currentTarget)}
    >
      {words.n('overlay.action.enableProducts', count)}
    </button>
  );
}
