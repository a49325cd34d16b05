import * as v from 'valibot';

import type { EcomCategory, EcomProduct } from '../sync/model.ts';
import { ecwidTimeToIso, unixSecondsToIso } from './wire-time.ts';

/**
 * Ecwid answers, validated into the engine's own types. Ecwid leaves out fields that have no value rather than
 * null them (a top-level category has no parentId, a category not from Lightspeed no origin), so missing
 * optional fields get the value their absence means.
 */

const wholeNumber = v.pipe(v.number('expected a number'), v.integer('expected a whole number'));
const text = v.string('expected text');
const flag = v.boolean('expected true or false');

/** Ecwid stores external references as text; a number is read as its text. */
const externalReference = v.pipe(
  v.nullish(v.union([text, v.number()], 'expected text'), null),
  v.transform((value) => (value === null || value === '' ? null : String(value))),
);

const categoryRecord = v.pipe(
  v.looseObject({
    id: wholeNumber,
    parentId: v.nullish(wholeNumber, 0),
    orderBy: v.number('expected a number'),
    name: text,
    enabled: flag,
    description: v.nullish(text, ''),
    imageUrl: v.nullish(text, ''),
    origin: v.nullish(text, null),
    externalReferenceId: externalReference,
    productIds: v.nullish(v.array(wholeNumber), []),
  }),
  v.transform((wire): EcomCategory => ({
    id: wire.id,
    parentId: wire.parentId,
    orderBy: wire.orderBy,
    name: wire.name,
    enabled: wire.enabled,
    description: wire.description,
    imageUrl: wire.imageUrl,
    // Only Lightspeed's own sync matters to the engine; any other origin is treated as none.
    origin: wire.origin === 'LIGHTSPEED' ? 'LIGHTSPEED' : null,
    externalReferenceId: wire.externalReferenceId,
    productIds: wire.productIds,
  })),
);

const productRecord = v.pipe(
  v.looseObject({
    id: wholeNumber,
    name: text,
    sku: v.nullish(text, ''),
    enabled: flag,
    categoryIds: v.nullish(v.array(wholeNumber), []),
    defaultCategoryId: v.nullish(wholeNumber, 0),
    externalReferenceId: externalReference,
    updated: v.nullish(text),
    updateTimestamp: v.nullish(v.number('expected a number')),
  }),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const wire = dataset.value;
    const fromText = wire.updated ? ecwidTimeToIso(wire.updated) : null;
    const updatedAt = fromText ?? (wire.updateTimestamp == null ? null : unixSecondsToIso(wire.updateTimestamp));
    if (updatedAt === null) {
      addIssue({ message: 'expected a time in updated or updateTimestamp', path: [pathItem(wire, 'updated')] });
      return NEVER;
    }
    const product: EcomProduct = {
      id: wire.id,
      name: wire.name,
      sku: wire.sku,
      enabled: wire.enabled,
      categoryIds: wire.categoryIds,
      defaultCategoryId: wire.defaultCategoryId,
      externalReferenceId: wire.externalReferenceId,
      updatedAt,
    };
    return product;
  }),
);

/** A path item pointing at `key` of `input`, so the issue reads "items[3].updated". */
function pathItem(input: Record<string, unknown>, key: string): v.ObjectPathItem {
  return { type: 'object', origin: 'value', input, key, value: input[key] };
}

/** The envelope of every Ecwid list: {total, count, offset, limit, items}. */
function searchResult<S extends v.GenericSchema>(item: S) {
  return v.looseObject({
    total: wholeNumber,
    count: v.nullish(wholeNumber),
    offset: v.nullish(wholeNumber),
    items: v.nullish(v.array(item), []),
  });
}

export const CategoryList = searchResult(categoryRecord);
export const ProductList = searchResult(productRecord);
export const CategoryAnswer = categoryRecord;

export const CreatedAnswer = v.looseObject({ id: wholeNumber });
/** A list answer cut down to its total (responseFields=total). */
export const TotalAnswer = v.looseObject({ total: wholeNumber });
/** PUT answers {updateCount}; the count is not needed, so its absence is tolerated. */
export const UpdatedAnswer = v.looseObject({ updateCount: v.nullish(v.number('expected a number'), 0) });
export const SortAnswer = v.looseObject({ sortedIds: v.array(wholeNumber) });

export const TicketAnswer = v.looseObject({ ticket: v.pipe(text, v.minLength(1, 'expected a ticket')) });

export const BATCH_STATUSES = ['QUEUED', 'IN_PROGRESS', 'COMPLETED'] as const;
export const BATCH_REQUEST_STATUSES = ['COMPLETED', 'FAILED', 'NOT_EXECUTED'] as const;

/** The answer of one request inside a batch: Ecwid gives the body as JSON (httpBody) and/or as text. */
const batchRequestResult = v.pipe(
  v.looseObject({
    id: v.nullish(v.union([text, v.number()], 'expected text')),
    status: v.picklist(BATCH_REQUEST_STATUSES, 'expected COMPLETED, FAILED or NOT_EXECUTED'),
    httpStatusCode: v.nullish(wholeNumber, 0),
    httpBody: v.optional(v.unknown()),
    escapedHttpBody: v.nullish(text),
  }),
  v.transform((wire) => ({
    id: wire.id == null ? null : String(wire.id),
    status: wire.status,
    httpStatusCode: wire.httpStatusCode,
    body: wire.httpBody !== undefined ? parseMaybeJson(wire.httpBody) : parseMaybeJson(wire.escapedHttpBody ?? null),
  })),
);

function parseMaybeJson(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}

export const BatchStatusAnswer = v.looseObject({
  status: v.picklist(BATCH_STATUSES, 'expected QUEUED, IN_PROGRESS or COMPLETED'),
  totalRequests: v.nullish(wholeNumber, 0),
  completedRequests: v.nullish(wholeNumber, 0),
  requests: v.nullish(v.array(batchRequestResult), []),
});

/** A category or product read back for its enabled flag alone (a job's check of what eCom holds now). */
export const EnabledAnswer = v.looseObject({ id: wholeNumber, enabled: flag });
