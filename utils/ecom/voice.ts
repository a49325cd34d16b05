import type { ServiceVoice } from '../http/voice.ts';
import { describeEcomFailure } from '../i18n/failures/ecom.ts';

/** eCom's failures in the merchant's words; `publicToken` explains a 403 by the kind of token connected. */
export function ecomVoice(publicToken: boolean | null): ServiceVoice {
  return { service: 'ecom', describe: (facts) => describeEcomFailure(facts, publicToken) };
}
