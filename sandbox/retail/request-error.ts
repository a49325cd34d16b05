import { retailError } from '../errors.ts';

/** A request the API refuses; the routes turn it into an R-Series error answer. */
export class RetailRequestError extends Error {
  override name = 'RetailRequestError';
  readonly status: 400 | 404;

  constructor(status: 400 | 404, message: string) {
    super(message);
    this.status = status;
  }
}

/** Runs a handler, answering a RetailRequestError in R-Series' error shape. */
export async function answering(handler: () => Response | Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    if (error instanceof RetailRequestError) return retailError(error.status, error.message);
    throw error;
  }
}
