import type { ServiceVoice } from '../http/voice.ts';
import { describeRetailFailure } from '../i18n/failures/retail.ts';

/** Retail POS's failures in the merchant's words. */
export const retailVoice: ServiceVoice = { service: 'retail', describe: describeRetailFailure };
