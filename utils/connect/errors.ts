import { CodedError } from '../i18n/said.ts';

/**
 * Why connecting failed. The code is stable: the options page shows its own words for it, in the merchant's
 * language; the message is the English fallback (and what a log may keep: never a token).
 */
export const CONNECT_ERROR_CODES = [
  'bad-input',
  'bad-address',
  'permission-needed',
  'ecom-token',
  'ecom-store',
  'ecom-scope',
  'ecom-unreachable',
  'ecom-failed',
  'retail-token',
  'retail-account',
  'retail-scope',
  'retail-unreachable',
  'retail-failed',
  'oauth-cancelled',
  'oauth-denied',
  'oauth-state-mismatch',
  'oauth-bad-client',
  'oauth-own-client',
  'oauth-expired-grant',
  'oauth-unreachable',
  'oauth-malformed',
  'sandbox-unreachable',
  'sandbox-not-local',
  'read-only',
] as const;

export type ConnectErrorCode = (typeof CONNECT_ERROR_CODES)[number];

/** `message` in every language when connecting failed on an API or sign-in failure that has it. */
export class ConnectError extends CodedError<ConnectErrorCode> {
  override name = 'ConnectError';
}
