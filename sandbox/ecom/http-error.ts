import { HTTPException } from 'hono/http-exception';

import { ecomError } from '../errors.ts';

/**
 * An Ecwid-shaped error to throw from any handler or middleware: Hono's default error handler answers with
 * the response it carries, so no handler has to thread error returns through helpers.
 */
export function ecomFailure(status: number, message: string, headers: Record<string, string> = {}): HTTPException {
  return new HTTPException(status as ConstructorParameters<typeof HTTPException>[0], {
    res: ecomError(status, message, undefined, headers),
    message,
  });
}
