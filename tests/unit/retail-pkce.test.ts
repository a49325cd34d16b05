import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { base64Url, newPkcePair, pkceChallenge } from '../../utils/retail/pkce.ts';

describe('PKCE (S256)', () => {
  it('makes a verifier of 43 unreserved characters, different at every sign-in', async () => {
    const verifiers = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const { verifier } = await newPkcePair();
      expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
      verifiers.add(verifier);
    }
    expect(verifiers.size).toBe(50);
  });

  it('sends as challenge base64url(SHA-256(verifier)), without padding', async () => {
    for (let i = 0; i < 20; i++) {
      const { verifier, challenge } = await newPkcePair();
      expect(challenge).toBe(createHash('sha256').update(verifier).digest('base64url'));
      expect(challenge).not.toMatch(/[=+/]/);
    }
    // A verifier with every kind of character RFC 7636 allows, checked against Node's own hash.
    const verifier = 'abcXYZ0189-._~'.repeat(4);
    expect(await pkceChallenge(verifier)).toBe(createHash('sha256').update(verifier).digest('base64url'));
  });

  it('encodes bytes as base64url, the characters + and / replaced', () => {
    expect(base64Url(new Uint8Array([0xfb, 0xff, 0xfe]))).toBe('-__-');
    expect(base64Url(new Uint8Array([1]))).toBe('AQ');
  });
});
