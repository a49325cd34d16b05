import * as v from 'valibot';

/**
 * Every quirk of R-Series' answer shapes, absorbed here and nowhere else:
 * - numbers and booleans arrive as strings ("12", "false");
 * - a list sits under the entity's name, and one record comes as an object rather than an array of one, and
 *   no record at all means no entity key;
 * - paging links sit in "@attributes", the previous page as `previous` (or `prev`, as some clients read it),
 *   and an empty string means "no such page".
 * The schemas in schemas.ts are built from these pieces, so a field that breaks the contract is reported with
 * its path, e.g. `Category[3].parentID: expected a number as a string`.
 */

function isWireInteger(input: unknown): input is string | number {
  if (typeof input === 'number') return Number.isSafeInteger(input);
  return typeof input === 'string' && /^\s*-?\d{1,15}\s*$/.test(input);
}

/** "12" → 12. A real number is accepted too: tolerating a fix on their side costs nothing. */
export const wireInteger = v.pipe(
  v.custom<string | number>(isWireInteger, 'expected a number as a string'),
  v.transform((input) => Number(input)),
);

const TRUE_WORDS = new Set(['true', '1']);
const BOOLEAN_WORDS = new Set(['true', 'false', '1', '0']);

/** "true" / "false" → boolean. */
export const wireBoolean = v.pipe(
  v.custom<string | boolean>(
    (input) =>
      typeof input === 'boolean' || (typeof input === 'string' && BOOLEAN_WORDS.has(input.trim().toLowerCase())),
    'expected "true" or "false"',
  ),
  v.transform((input) => (typeof input === 'boolean' ? input : TRUE_WORDS.has(input.trim().toLowerCase()))),
);

export const wireText = v.string('expected text');

/** Text that may be missing: R-Series leaves out empty fields on some records. */
export const optionalText = v.optional(wireText, '');

/** An ISO 8601 time, as R-Series writes timeStamp and createTime. */
export const wireTime = v.pipe(
  v.string('expected an ISO 8601 time'),
  v.check(
    (input) => /^\d{4}-\d{2}-\d{2}T/.test(input) && !Number.isNaN(Date.parse(input)),
    'expected an ISO 8601 time',
  ),
);

/** Nothing → [], one record → [record], many → as they are. */
export function asList(input: unknown): unknown[] {
  if (input === undefined || input === null) return [];
  return Array.isArray(input) ? input : [input];
}

/** The records under an entity key, whichever of the three shapes they came in. */
export function wireList<S extends v.GenericSchema>(record: S) {
  return v.optional(v.pipe(v.unknown(), v.transform(asList), v.array(record)), []);
}

export interface PageLinks {
  /** The full URL of the next page; null at the end. */
  next: string | null;
  previous: string | null;
}

const link = v.optional(v.string('expected a URL'), '');

/** "@attributes" → the neighbouring pages, and the count when the list was asked for one (`count=1`). */
export const wireAttributes = v.pipe(
  v.optional(
    v.looseObject({
      next: link,
      previous: v.optional(v.string('expected a URL')),
      prev: link,
      count: v.optional(v.unknown()),
    }),
    {},
  ),
  v.transform((attributes): PageLinks & { count: number | null } => ({
    next: attributes.next.trim() === '' ? null : attributes.next.trim(),
    previous: (attributes.previous ?? attributes.prev).trim() || null,
    // Only read when asked for, and then checked by its reader: a garbled count is no count.
    count: isWireInteger(attributes.count) ? Number(attributes.count) : null,
  })),
);

/** A list answer, e.g. `{"@attributes": {…}, "Category": [...]}`, as records, links and count. */
export function wirePage<S extends v.GenericSchema>(entity: string, record: S) {
  return v.pipe(
    v.looseObject({ '@attributes': wireAttributes, [entity]: wireList(record) }),
    v.transform((body) => {
      const { count, ...links } = body['@attributes'] as PageLinks & { count: number | null };
      return { records: body[entity] as v.InferOutput<S>[], links, count };
    }),
  );
}

/** A one-record answer (GET, PUT or POST of /Entity/{id}.json): exactly one record under the entity key. */
export function wireSingle<S extends v.GenericSchema>(entity: string, record: S) {
  return v.pipe(
    v.looseObject({ [entity]: wireList(record) }),
    v.check((body) => (body[entity] as unknown[]).length === 1, `expected one ${entity}`),
    v.transform((body) => (body[entity] as v.InferOutput<S>[])[0]!),
  );
}
