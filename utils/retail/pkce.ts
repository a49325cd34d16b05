/**
 * PKCE (RFC 7636, method S256): the proof that the browser trading a code for tokens is the one that asked for
 * it. Lightspeed requires it of publicly distributed clients, whose secret cannot be kept (an extension's code is
 * public). A fresh pair per sign-in: a verifier reused would let an intercepted code be traded by someone else.
 */

export interface PkcePair {
  /** Kept by the extension until the code comes back, then sent with it: 43 characters of [A-Za-z0-9-_]. */
  verifier: string;
  /** Sent on the authorize page: base64url(SHA-256(verifier)), without padding. */
  challenge: string;
}

/** 32 random bytes make 43 base64url characters: RFC 7636's shortest verifier, with 256 bits of chance. */
const VERIFIER_BYTES = 32;

/** Base64url without padding (RFC 4648 §5), the encoding PKCE prescribes for both halves. */
export function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The S256 challenge of a verifier. */
export async function pkceChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

export async function newPkcePair(): Promise<PkcePair> {
  const verifier = base64Url(crypto.getRandomValues(new Uint8Array(VERIFIER_BYTES)));
  return { verifier, challenge: await pkceChallenge(verifier) };
}
