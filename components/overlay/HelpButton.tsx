import { Icon } from './Icon.tsx';

/** The quiet "?" button that opens the help panel on the question it names. */
export function HelpButton({ label, onOpen }: { label: string; onOpen: (opener: HTMLElement) => void }) {
  return (
    <button
      type="button"
      class="sl-button sl-button--quiet"
      aria-haspopup="dialog"
      onClick={(event) => onOpen(event.currentTarget)}
    >
      <Icon name="help" size={14} />
      {label}
    </button>
  );
}
