import { createHash } from 'node:crypto';

/**
 * PKCE as Lightspeed's authorization server checks it (RFC 7636): S256 only, a verifier of 43 to 128 unreserved
 * characters whose base64url SHA-256 is the challenge given on the authorize page.
 */

const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;
const CHALLENGE = /^[A-Za-z0-9\-_]{43}$/;

/** Why an authorize request's challenge is refused, or null. A public client must send one. */
export function challengeRefusal(
  challenge: string | undefined,
  method: string | undefined,
  required: boolean,
): string | null {
  if (challenge === undefined || challenge === '') {
    return required ? 'code_challenge is required: this client must use PKCE.' : null;
  }
  if (method !== 'S256') return `code_challenge_method must be "S256", not "${method ?? ''}".`;
  if (!CHALLENGE.test(challenge)) return 'code_challenge must be 43 base64url characters (S256).';
  return null;
}

/** Why a code_verifier does not answer the code's challenge, or null when it does. */
export function verifierRefusal(challenge: string, verifier: string): string | null {
  if (verifier === '') return 'code_verifier is required: the code was issued with a code_challenge.';
  if (!VERIFIER.test(verifier)) return 'code_verifier must be 43 to 128 unreserved characters.';
  const expected = createHash('sha256').update(verifier).digest('base64url');
  return expected === challenge ? null : 'code_verifier does not match the code_challenge.';
}
