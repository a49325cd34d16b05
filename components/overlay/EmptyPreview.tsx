/** A preview with nothing to act on: it says so, and offers only to close. */
export function EmptyPreview({
  message,
  closeLabel,
  onClose,
}: {
  message: string;
  closeLabel: string;
  onClose: () => void;
}) {
  return (
    <div class="sl-preview">
      <p>{message}</p>
      <footer class="sl-dialog__footer">
        <button type="button" class="sl-button" onClick={onClose} data-autofocus="">
          {closeLabel}
        </button>
      </footer>
    </div>
  );
}
