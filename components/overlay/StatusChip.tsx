import type { CategoryStatus } from '../../utils/sync/model.ts';
import type { Words } from '../../utils/overlay/words.ts';

/**
 * A category's status as a small pill, like the badges Sync Lens puts in the admin's rows; a button when it
 * opens something (the panel's list), plain text otherwise.
 */
export function StatusChip({
  words,
  status,
  label,
  onOpen,
}: {
  words: Words;
  status: CategoryStatus;
  /** The accessible name when the chip is a button ("Sync status of Vestes: New"). */
  label?: string;
  onOpen?: (opener: HTMLElement) => void;
}) {
  const text = words.t(`overlay.status.${status}`);
  const body = (
    <>
      <span class="sl-chip__dot" aria-hidden="true" />
      {text}
    </>
  );
  if (!onOpen) return <span class={`sl-chip sl-chip--${status}`}>{body}</span>;
  return (
    <button
      type="button"
      class={`sl-chip sl-chip--${status}`}
      aria-label={label}
      aria-haspopup="dialog"
      title={words.t(`overlay.meaning.${status}`)}
      onClick={(event) => onOpen(event.currentTarget)}
    >
      {body}
    </button>
  );
}
