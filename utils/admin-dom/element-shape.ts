/** An element's class names (read from the attribute: an SVG's className is no string). */
export function classesOf(element: Element): string[] {
  return (element.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
}

/** What makes two elements drawn alike on an unknown page: their tag and their class names, in any order. */
export function shapeOf(element: Element): string {
  return `${element.localName}.${classesOf(element).sort().join('.')}`;
}
