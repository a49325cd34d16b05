import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

import { dialogKeys } from '../../utils/overlay/focus.ts';

/**
 * A modal dialog: focus moves in when it opens and stays in (Tab wraps around), Escape closes it. The caller
 * gives focus back to whatever opened it when it closes.
 */
export function Dialog({
  title,
  onClose,
  children,
  footer,
  wide = false,
  busy = false,
}: {
  title: string;
  onClose: () => void;
  children: ComponentChildren;
  footer?: ComponentChildren;
  wide?: boolean;
  busy?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = 'sl-dialog-title';

  // A modal keeps focus: on opening, and whenever what had it disappears (a button replaced by the next
  // step's), focus goes to the first control marked data-autofocus, else to the dialog (its title is read).
  // A layout effect, so focus has moved before the next key press is handled.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const root = dialog.getRootNode() as Document | ShadowRoot;
    if (root.activeElement && dialog.contains(root.activeElement)) return;
    (dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog).focus();
  });

  const onKeyDown = dialogKeys(() => ref.current, onClose);

  return (
    <div class="sl-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div
        ref={ref}
        class={`sl-dialog${wide ? ' sl-dialog--wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-busy={busy}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <header class="sl-dialog__header">
          <h2 id={titleId} class="sl-dialog__title">
            {title}
          </h2>
        </header>
        <div class="sl-dialog__body">{children}</div>
        {footer && <footer class="sl-dialog__footer">{footer}</footer>}
      </div>
    </div>
  );
}
