import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

import { dialogKeys } from '../../utils/overlay/focus.ts';
import { Icon } from './Icon.tsx';

const GAP = 8;
const WIDTH = 380;
const MARGIN = 12;

/** Where the popover goes: under its anchor when there is room, else above; always inside the window. */
function place(anchor: DOMRect, height: number): { top: number; left: number } {
  const below = anchor.bottom + GAP;
  const fitsBelow = below + height + MARGIN <= window.innerHeight;
  const top = fitsBelow ? below : Math.max(MARGIN, anchor.top - GAP - height);
  const left = Math.min(Math.max(MARGIN, anchor.left), window.innerWidth - WIDTH - MARGIN);
  return { top, left };
}

/**
 * A small non-modal dialog next to the element it explains. Focus moves in (to `[data-autofocus]`, else the
 * popover itself) and Tab stays in; Escape, the close button or a click elsewhere closes it. It follows its
 * anchor when the page scrolls, and finds room again when its content grows or shrinks.
 */
export function Popover({
  anchor,
  label,
  closeLabel,
  onClose,
  children,
}: {
  /** The element it is about, read again on every scroll. */
  anchor: () => Element | null;
  label: string;
  closeLabel: string;
  onClose: () => void;
  children: ComponentChildren;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // The latest anchor finder, without re-running the effects each time the caller draws a new function.
  const anchorRef = useRef(anchor);
  anchorRef.current = anchor;
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    const update = () => {
      const element = anchorRef.current();
      const box = ref.current;
      if (!element || !box) return;
      setPosition(place(element.getBoundingClientRect(), box.offsetHeight));
    };
    update();
    let frame = 0;
    const onMove = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(update);
    };
    window.addEventListener('scroll', onMove, { capture: true, passive: true });
    window.addEventListener('resize', onMove, { passive: true });
    // Its content can grow while open (a choice's preview appears): placed for its first height, its foot would
    // then hang below the window, out of reach.
    const resized = new ResizeObserver(onMove);
    if (ref.current) resized.observe(ref.current);
    return () => {
      cancelAnimationFrame(frame);
      resized.disconnect();
      window.removeEventListener('scroll', onMove, { capture: true });
      window.removeEventListener('resize', onMove);
    };
  }, []);

  // Focus moves in once the popover is placed: an element still hidden (visibility) cannot take focus.
  const placed = position !== null;
  useLayoutEffect(() => {
    if (!placed) return;
    const box = ref.current;
    (box?.querySelector<HTMLElement>('[data-autofocus]') ?? box)?.focus();
  }, [placed]);

  useEffect(() => {
    const box = ref.current;
    const onOutside = (event: MouseEvent) => {
      if (box && !event.composedPath().includes(box)) onClose();
    };
    // After the click that opened it has finished travelling.
    const timer = setTimeout(() => window.addEventListener('mousedown', onOutside, true), 0);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('mousedown', onOutside, true);
    };
  }, []);

  const onKeyDown = dialogKeys(() => ref.current, onClose);

  return (
    <div
      ref={ref}
      class="sl-popover"
      role="dialog"
      aria-label={label}
      tabIndex={-1}
      style={position ? { top: `${position.top}px`, left: `${position.left}px` } : { visibility: 'hidden' }}
      onKeyDown={onKeyDown}
    >
      <button type="button" class="sl-icon-button sl-popover__close" aria-label={closeLabel} onClick={onClose}>
        <Icon name="close" size={14} />
      </button>
      {children}
    </div>
  );
}
