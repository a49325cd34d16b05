import * as v from 'valibot';

import { RetailRequestError } from './request-error.ts';

/**
 * Request bodies of the R-Series writes. Clients send numbers and booleans either as JSON values or as the
 * strings the API itself sends, so both are accepted. A refusal names the field at fault.
 */

const WholeNumber = v.pipe(
  v.unknown(),
  v.check(
    (value) =>
      (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) ||
      (typeof value === 'string' && /^\d{1,15}$/.test(value)),
    'must be a whole number of 0 or more',
  ),
  v.transform(Number),
);

const Flag = v.pipe(
  v.unknown(),
  v.check((value) => [true, false, 'true', 'false'].includes(value as boolean | string), 'must be true or false'),
  v.transform((value) => value === true || value === 'true'),
);

const Name = v.pipe(
  v.string('must be text'),
  v.check((text) => text.trim() !== '', 'must not be empty'),
);

const Text = v.string('must be text');

export const CategoryCreateBody = v.looseObject({ name: Name, parentID: v.optional(WholeNumber, 0) });
export const CategoryUpdateBody = v.looseObject({ name: v.optional(Name), parentID: v.optional(WholeNumber) });

export const ItemCreateBody = v.looseObject({
  description: Name,
  categoryID: v.optional(WholeNumber, 0),
  customSku: v.optional(Text, ''),
  systemSku: v.optional(v.union([Text, v.pipe(v.number(), v.transform(String))], 'must be text')),
  publishToEcom: v.optional(Flag, true),
  archived: v.optional(Flag, false),
});
export const ItemUpdateBody = v.looseObject({
  description: v.optional(Name),
  categoryID: v.optional(WholeNumber),
  customSku: v.optional(Text),
  publishToEcom: v.optional(Flag),
  archived: v.optional(Flag),
});

/** Parses a JSON body against `schema`, or throws the 400 a client should see. */
export async function readBody<TSchema extends v.GenericSchema>(
  request: Request,
  schema: TSchema,
): Promise<v.InferOutput<TSchema>> {
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    throw new RetailRequestError(400, 'The body is not valid JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new RetailRequestError(400, 'The body must be a JSON object.');
  }
  const parsed = v.safeParse(schema, body);
  if (!parsed.success) {
    const issue = parsed.issues[0]!;
    const field = v.getDotPath(issue) ?? '(body)';
    throw new RetailRequestError(400, `${field}: ${issue.input === undefined ? 'is required' : issue.message}`);
  }
  return parsed.output;
}
