import { formatDuration, formatWait, type FailureFacts, type ServiceVoice } from '../http/failure.ts';

/** What to tell a merchant when Retail POS (R-Series) fails, and what they can do about it. */
export function describeRetailFailure(facts: FailureFacts): string {
  const where = `(${facts.endpoint})`;
  const said = facts.detail ? ` Retail POS said: "${facts.detail}".` : '';
  const maybe = facts.maybeApplied
    ? ' The change may have been saved anyway: refresh before trying again, so it is not made twice.'
    : '';
  const later = facts.retryAfterMs !== null ? ` Try again in ${formatWait(facts.retryAfterMs)}.` : ' Try again in a few minutes.';

  switch (facts.kind) {
    case 'auth':
      return 'Retail POS refused the connection (401). Its access may have expired or been revoked: connect Retail POS again in Sync Lens\u2019s options.';
    case 'forbidden':
      return `Retail POS refused access (403) ${where}. The employee account used to connect may lack inventory rights: connect again as an employee with the "employee:inventory" or "employee:all" scope.${said}`;
    case 'not-found':
      return `Retail POS could not find what Sync Lens asked for (404) ${where}. It may have been deleted in Retail POS, or the account id is wrong: refresh, and connect again if it keeps happening.${said}`;
    case 'rate-limited':
      if (facts.status === null) {
        return `Sync Lens paused its requests to Retail POS to stay within the account’s rate limit ${where}.${later} Nothing else needs doing.`;
      }
      return `Retail POS asked Sync Lens to slow down (429): the account’s rate limit is used up ${where}.${later} Nothing else needs doing.`;
    case 'network':
      return `Sync Lens could not reach Retail POS ${where}. Check the internet connection.${maybe || later}`;
    case 'timeout':
      return `Retail POS did not answer within ${formatDuration(facts.timeoutMs)} ${where}. It may be busy.${maybe || later}`;
    case 'malformed':
      return `Retail POS sent an answer Sync Lens cannot read: ${facts.detail ?? facts.endpoint}. This is usually a passing glitch; if it keeps happening, Retail POS may have changed its API: please report it.${maybe}`;
    case 'http':
      if (facts.status !== null && facts.status >= 500) {
        return `Retail POS had a problem on its side (${facts.status}) ${where}.${maybe || later}${said}`;
      }
      return `Retail POS refused the request (${facts.status ?? 'no status'}) ${where}.${said}`;
  }
}

export const retailVoice: ServiceVoice = { service: 'retail', describe: describeRetailFailure };
