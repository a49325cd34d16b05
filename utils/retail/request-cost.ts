/**
 * What an R-Series request will cost, before it is sent: 1 unit, 10 for a Category POST or PUT and for a read
 * that counts (`count=1`), as documented (changelog 2026-03). The docs also say some requests cost more
 * (`load_relations`, by how much they do not say), so every answer's `X-LS-API-Request-Cost` is remembered per
 * kind of request and predicts the next one of that kind.
 */

const CATEGORY_PATH = /\/Category(?:\/[^/]+)?\.json$/;

export function documentedCost(method: string, url: URL): number {
  if ((method === 'POST' || method === 'PUT') && CATEGORY_PATH.test(url.pathname)) return 10;
  if (url.searchParams.get('count') === '1') return 10;
  return 1;
}

/** Requests of one kind cost alike: the same method, path (ids aside) and parameters (cursors and values aside). */
function kindOf(method: string, url: URL): string {
  const path = url.pathname.replace(/\/\d+(?=\/|\.json$)/g, '/#');
  const names = [...new Set(url.searchParams.keys())].filter((name) => name !== 'after' && name !== 'before');
  const count = url.searchParams.get('count') === '1' ? 'count' : '';
  return `${method} ${path} ${names.sort().join(',')} ${count}`;
}

/** Costs reported by the answers, by kind of request; a few hundred kinds at most in a session. */
export class CostBook {
  readonly #reported = new Map<string, number>();

  predict(method: string, url: string): number {
    const parsed = new URL(url);
    return this.#reported.get(kindOf(method, parsed)) ?? documentedCost(method, parsed);
  }

  /** What an answer said this request cost; a refusal (cost 0) says nothing about the next one. */
  learn(method: string, url: string, cost: number): void {
    if (cost > 0) this.#reported.set(kindOf(method, new URL(url)), cost);
  }
}
