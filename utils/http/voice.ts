import type { FailureFacts } from '../i18n/failures/facts.ts';
import type { Said } from '../i18n/said.ts';

/** How one service speaks about its failures, in every language of the interface. */
export interface ServiceVoice {
  /** "retail" or "ecom", kept on every ApiError. */
  service: string;
  describe(facts: FailureFacts): Said;
}
