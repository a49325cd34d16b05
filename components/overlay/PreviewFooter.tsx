/**
 * The end of a preview: the last error if any, then Cancel and Confirm; Confirm sends exactly the ticked ids and
 * is off while nothing is ticked or the job is starting.
 */
export function PreviewFooter({
  error,
  chosen,
  busy,
  nothingTickedLabel,
  cancelLabel,
  confirmLabel,
  onCancel,
  onConfirm,
}: {
  error: string | null;
  chosen: number[];
  busy: boolean;
  nothingTickedLabel: string;
  cancelLabel: string;
  confirmLabel: string;
  onCancel: () => void;
  onConfirm: (ecomIds: number[]) => void;
}) {
  return (
    <>
      {error && (
        <p class="sl-error" role="alert">
          {error}
        </p>
      )}
      <footer class="sl-dialog__footer">
        {chosen.length === 0 && <span class="sl-muted">{nothingTickedLabel}</span>}
        <button type="button" class="sl-button" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button
          type="button"
          class="sl-button sl-button--primary"
          data-action="confirm"
          disabled={busy || chosen.length === 0}
          onClick={() => onConfirm(chosen)}
        >
          {confirmLabel}
        </button>
      </footer>
    </>
  );
}
