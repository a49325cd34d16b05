import { ecomFailure } from './http-error.ts';

/**
 * Reading query parameters the way Ecwid does: a parameter that is there but malformed is a 400 naming it,
 * never silently ignored, so a client bug shows up against the sandbox.
 */

export function wholeNumberParam(value: string | undefined, name: string, min = 0): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^-?\d+$/.test(value.trim())) {
    throw ecomFailure(400, `Parameter "${name}" must be a whole number, not "${value}".`);
  }
  const parsed = Number(value);
  if (parsed < min) throw ecomFailure(400, `Parameter "${name}" must be ${min} or more, not ${parsed}.`);
  return parsed;
}

export function booleanParam(value: string | undefined, name: string): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  const lower = value.trim().toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  throw ecomFailure(400, `Parameter "${name}" must be true or false, not "${value}".`);
}

/** A comma-separated list of ids, e.g. `parentIds=1,2,3`. */
export function idListParam(value: string | undefined, name: string): number[] | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  return value.split(',').map((part) => {
    const id = wholeNumberParam(part.trim(), name);
    if (id === undefined) throw ecomFailure(400, `Parameter "${name}" has an empty id in "${value}".`);
    return id;
  });
}

/** A time as ISO 8601 or as unix seconds (Ecwid accepts both for `updatedFrom`), in milliseconds. */
export function timeParam(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const trimmed = value.trim();
  const millis = /^\d+$/.test(trimmed) ? Number(trimmed) * 1000 : Date.parse(trimmed);
  if (Number.isNaN(millis)) {
    throw ecomFailure(400, `Parameter "${name}" must be an ISO 8601 time or unix seconds, not "${value}".`);
  }
  return millis;
}
