/**
 * Ecwid's `responseFields` selector, e.g. `total,items(id,name,categories(id))`: which fields of an answer to
 * keep, nested to any depth. A field without parentheses keeps its whole value; one with them keeps only the
 * listed fields of the object (or of each object in the array) it holds.
 */

/** Field name → what to keep of its value (`null` = all of it). */
export type FieldSelector = ReadonlyMap<string, FieldSelector | null>;

export class ResponseFieldsError extends Error {
  override name = 'ResponseFieldsError';
}

const NAME = /[A-Za-z0-9_]/;

/** Parses a selector; throws ResponseFieldsError saying where the text goes wrong. */
export function parseResponseFields(text: string): FieldSelector {
  let at = 0;

  const fail = (what: string): never => {
    throw new ResponseFieldsError(`responseFields: ${what} at position ${at + 1} of "${text}"`);
  };
  const skipSpaces = () => {
    while (at < text.length && /\s/.test(text[at]!)) at += 1;
  };

  const parseList = (): Map<string, FieldSelector | null> => {
    const fields = new Map<string, FieldSelector | null>();
    for (;;) {
      skipSpaces();
      const start = at;
      while (at < text.length && NAME.test(text[at]!)) at += 1;
      if (at === start) fail('a field name is expected');
      const name = text.slice(start, at);
      skipSpaces();
      let nested: FieldSelector | null = null;
      if (text[at] === '(') {
        at += 1;
        nested = parseList();
        skipSpaces();
        if (text[at] !== ')') fail('")" is expected');
        at += 1;
        skipSpaces();
      }
      fields.set(name, mergeSelections(fields.has(name) ? fields.get(name)! : undefined, nested));
      if (text[at] !== ',') return fields;
      at += 1;
    }
  };

  const selector = parseList();
  if (at < text.length) fail(`"${text[at]}" is not expected`);
  return selector;
}

/** The same field named twice keeps what either asks for; asking for the whole value wins. */
function mergeSelections(earlier: FieldSelector | null | undefined, later: FieldSelector | null): FieldSelector | null {
  if (earlier === undefined) return later;
  if (earlier === null || later === null) return null;
  const merged = new Map(earlier);
  for (const [name, nested] of later) {
    merged.set(name, mergeSelections(merged.has(name) ? merged.get(name)! : undefined, nested));
  }
  return merged;
}

/** Writes a selector back as text; parseResponseFields(formatResponseFields(s)) gives s again. */
export function formatResponseFields(selector: FieldSelector): string {
  return [...selector]
    .map(([name, nested]) => (nested === null ? name : `${name}(${formatResponseFields(nested)})`))
    .join(',');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keeps only the selected fields; fields the value does not have are left out rather than made up. */
export function selectFields(value: unknown, selector: FieldSelector): unknown {
  if (Array.isArray(value)) return value.map((element) => selectFields(element, selector));
  if (!isPlainObject(value)) return value;
  const kept: Record<string, unknown> = {};
  for (const [name, nested] of selector) {
    if (!Object.hasOwn(value, name)) continue;
    kept[name] = nested === null ? value[name] : selectFields(value[name], nested);
  }
  return kept;
}
