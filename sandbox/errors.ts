/** Error answers in each platform's own shape, so clients meet exactly what the real services send. */

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  449: 'Retry With',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

export function statusText(status: number): string {
  return STATUS_TEXT[status] ?? 'Error';
}

/** R-Series V3 errors: {httpCode, httpMessage, message, errorClass}, numbers as strings like everything else. */
export function retailError(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json(
    { httpCode: String(status), httpMessage: statusText(status), message, errorClass: 'SandboxError' },
    { status, headers },
  );
}

/** Ecwid v3 errors: {errorMessage, errorCode}. */
export function ecomError(
  status: number,
  errorMessage: string,
  errorCode = statusText(status).toUpperCase().replaceAll(' ', '_'),
  headers: Record<string, string> = {},
): Response {
  return Response.json({ errorMessage, errorCode }, { status, headers });
}

/** Which API a path belongs to, for logging and for answering an injected fault in the right shape. */
export function apiOfPath(path: string): 'retail' | 'ecom' | 'oauth' | null {
  if (path.startsWith('/API/V3/')) return 'retail';
  if (path.startsWith('/api/v3/')) return 'ecom';
  if (path.startsWith('/auth/oauth/')) return 'oauth';
  return null;
}
