import { formatDuration, formatWait, type FailureFacts, type ServiceVoice } from '../http/failure.ts';

/** The scope an eCom call needs: reads need read_catalog, creating needs create_catalog, changes update_catalog. */
export function scopeNeeded(method: string, endpoint: string): string {
  if (method === 'GET') return 'read_catalog';
  const path = endpoint.replace(/^\S+\s+/, '');
  if (method === 'POST' && /^\/(categories|products)$/.test(path)) return 'create_catalog';
  if (path === '/batch') return 'update_catalog and create_catalog';
  return 'update_catalog';
}

function forbidden(facts: FailureFacts, publicToken: boolean | null): string {
  if (publicToken === true) {
    return `eCom refused this change (403) (${facts.endpoint}): Sync Lens is connected with a public token, which can only read enabled categories and products. Connect with the store\u2019s secret token (secret_\u2026), found in the eCom admin under Apps.`;
  }
  const scope = scopeNeeded(facts.method, facts.endpoint);
  return `eCom refused this request (403) (${facts.endpoint}): the token lacks the ${scope} scope. In the eCom admin under Apps, use a token that has ${scope} and connect again.`;
}

/**
 * What to tell a merchant when eCom (E-Series) fails, and what they can do about it. `publicToken` is whether
 * the token is a public one (null when not known), to explain a 403 precisely.
 */
export function describeEcomFailure(facts: FailureFacts, publicToken: boolean | null = null): string {
  const where = `(${facts.endpoint})`;
  const said = facts.detail ? ` eCom said: "${facts.detail}".` : '';
  const maybe = facts.maybeApplied
    ? ' The change may have been saved anyway: refresh before trying again, so it is not made twice.'
    : '';
  const later = facts.retryAfterMs !== null ? ` Try again in ${formatWait(facts.retryAfterMs)}.` : ' Try again in a few minutes.';

  switch (facts.kind) {
    case 'auth':
      return 'eCom refused the token (401). The token may have been revoked: create a new one in the eCom admin under Apps and connect again.';
    case 'forbidden':
      return forbidden(facts, publicToken);
    case 'not-found':
      return `eCom could not find what Sync Lens asked for (404) ${where}. It may have been deleted in eCom, or the store id is wrong: refresh, and check the store id in Sync Lens\u2019s options if it keeps happening.${said}`;
    case 'rate-limited':
      if (facts.status === null) {
        return `Sync Lens paused its requests to eCom to stay within eCom’s limit of requests per minute ${where}.${later} Nothing else needs doing.`;
      }
      return `eCom asked Sync Lens to slow down (429): its limit of requests per minute is reached ${where}.${later} Nothing else needs doing.`;
    case 'network':
      return `Sync Lens could not reach eCom ${where}. Check the internet connection.${maybe || later}`;
    case 'timeout':
      return `eCom did not answer within ${formatDuration(facts.timeoutMs)} ${where}. It may be busy.${maybe || later}`;
    case 'malformed':
      return `eCom sent an answer Sync Lens cannot read: ${facts.detail ?? facts.endpoint}. This is usually a passing glitch; if it keeps happening, eCom may have changed its API: please report it.${maybe}`;
    case 'http':
      switch (facts.status) {
        case 402:
          return `eCom refused the change (402): the store\u2019s plan limit is reached (for example, how many categories or products it may have) ${where}. Upgrade the plan in the eCom admin or remove what is no longer needed, then try again.${said}`;
        case 409:
          return `eCom refused the change because something changed at the same time (409) ${where}. Refresh and try again.${said}`;
        case 449:
          return `eCom is importing the catalog right now (449) ${where}, and takes no changes until it has finished.${later}`;
      }
      if (facts.status !== null && facts.status >= 500) {
        return `eCom had a problem on its side (${facts.status}) ${where}.${maybe || later}${said}`;
      }
      return `eCom refused the request (${facts.status ?? 'no status'}) ${where}.${said}`;
  }
}

export function ecomVoice(publicToken: boolean | null): ServiceVoice {
  return { service: 'ecom', describe: (facts) => describeEcomFailure(facts, publicToken) };
}
