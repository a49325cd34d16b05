import { svg } from './dom.ts';

/**
 * The padlock the real admin puts beside Retail POS categories. Built once and cloned: a large store shows it
 * thousands of times and cloning is much cheaper than building.
 */
let padlock: SVGElement | undefined;

export function padlockIcon(): SVGElement {
  padlock ??= svg(
    'svg',
    { viewBox: '0 0 16 16', width: 14, height: 14, 'aria-hidden': 'true', focusable: 'false' },
    svg('rect', { x: 3, y: 7, width: 10, height: 7, rx: 1.5, fill: 'currentColor' }),
    svg('path', { d: 'M5 7V5a3 3 0 0 1 6 0v2', fill: 'none', stroke: 'currentColor', 'stroke-width': 1.6 }),
  );
  return padlock.cloneNode(true) as SVGElement;
}
