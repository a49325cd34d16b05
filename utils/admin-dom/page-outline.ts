import { classesOf } from './element-shape.ts';
import { isOwnElement } from './own-elements.ts';

/**
 * An anonymised outline of a page's structure, for a merchant to send when Sync Lens does not know their admin
 * (issue 12, "Help Sync Lens support your admin"): tags, roles and class names, nested as on the page. No text,
 * no id, no address, no value of any field; numbers in class names (which can carry a record's id) are masked.
 * Runs of siblings drawn alike are written once, with how many there were.
 */

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'link', 'meta']);
/** Drawn, not structure: written as one line, their insides left out. */
const LEAVES = new Set(['svg', 'img', 'canvas', 'video', 'iframe']);
const MAX_DEPTH = 24;
const MAX_LINES = 1_500;

/** "li.x9f2.tree__node--#[role=treeitem]": what an element is, with nothing of the store in it. */
function describe(element: Element): string {
  const classes = classesOf(element).map((name) => name.replace(/\d{2,}/g, '#'));
  const role = element.getAttribute('role');
  const type = element.localName === 'input' ? element.getAttribute('type') : null;
  const marks = [
    role ? `[role=${role}]` : '',
    type ? `[type=${type}]` : '',
    element.hasAttribute('aria-level') ? '[aria-level]' : '',
    element.hasAttribute('title') ? '[title]' : '',
    element.hasAttribute('href') ? '[href]' : '',
  ].join('');
  return `${element.localName}${classes.map((name) => `.${name}`).join('')}${marks}`;
}

export function pageOutline(root: Element): string {
  const lines: string[] = [];
  const walk = (element: Element, depth: number): string => {
    const line = describe(element);
    const children = [...element.children].filter((child) => !SKIPPED.has(child.localName) && !isOwnElement(child));
    if (LEAVES.has(element.localName) || depth >= MAX_DEPTH || children.length === 0) return line;
    const parts = [line];
    let previous: string | null = null;
    let repeats = 0;
    const flush = () => {
      if (previous === null) return;
      const [head, ...rest] = indent(previous).split('\n');
      parts.push([repeats > 1 ? `${head}  × ${repeats}` : head, ...rest].join('\n'));
    };
    for (const child of children) {
      const drawn = walk(child, depth + 1);
      if (drawn === previous) {
        repeats += 1;
        continue;
      }
      flush();
      previous = drawn;
      repeats = 1;
    }
    flush();
    return parts.join('\n');
  };
  for (const line of walk(root, 0).split('\n')) {
    if (lines.length >= MAX_LINES) {
      lines.push('…');
      break;
    }
    lines.push(line);
  }
  return lines.join('\n');
}

/** Indents every line of a child's outline one step under its parent. */
function indent(block: string): string {
  return block
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
