import type { Language } from '../language.ts';
import { inEveryLanguage, type Said } from '../said.ts';
import { describeIn, type ServiceSpecifics } from './describe.ts';
import type { FailureFacts } from './facts.ts';

/** The scope an eCom call needs: reads need read_catalog, creating needs create_catalog, changes update_catalog. */
export function scopeNeeded(method: string, endpoint: string): string {
  if (method === 'GET') return 'read_catalog';
  const path = endpoint.replace(/^\S+\s+/, '');
  if (method === 'POST' && /^\/(categories|products)$/.test(path)) return 'create_catalog';
  if (path === '/batch') return 'update_catalog and create_catalog';
  return 'update_catalog';
}

/**
 * The sentences, per language. `where` is "(GET /categories)"; `said` is eCom's own words or ""; `then` is what
 * to do next (try again later, or refresh first when a change may have gone through).
 */
const PHRASES = {
  en: {
    said: (detail: string) => ` eCom said: "${detail}".`,
    scope: (scope: string) => scope,
    auth: 'eCom refused the token (401). The token may have been revoked: create a new one in the eCom admin under Apps and connect again.',
    forbiddenPublic: (endpoint: string) =>
      `eCom refused this change (403) (${endpoint}): Sync Lens is connected with a public token, which can only read enabled categories and products. Connect with the store\u2019s secret token (secret_\u2026), found in the eCom admin under Apps.`,
    forbidden: (endpoint: string, scope: string) =>
      `eCom refused this request (403) (${endpoint}): the token lacks the ${scope} scope. In the eCom admin under Apps, use a token that has ${scope} and connect again.`,
    notFound: (where: string, said: string) =>
      `eCom could not find what Sync Lens asked for (404) ${where}. It may have been deleted in eCom, or the store id is wrong: refresh, and check the store id in Sync Lens\u2019s options if it keeps happening.${said}`,
    paused: (where: string, later: string) =>
      `Sync Lens paused its requests to eCom to stay within eCom’s limit of requests per minute ${where}.${later} Nothing else needs doing.`,
    slowDown: (where: string, later: string) =>
      `eCom asked Sync Lens to slow down (429): its limit of requests per minute is reached ${where}.${later} Nothing else needs doing.`,
    network: (where: string, then: string) =>
      `Sync Lens could not reach eCom ${where}. Check the internet connection.${then}`,
    timeout: (duration: string, where: string, then: string) =>
      `eCom did not answer within ${duration} ${where}. It may be busy.${then}`,
    malformed: (what: string, maybe: string) =>
      `eCom sent an answer Sync Lens cannot read: ${what}. This is usually a passing glitch; if it keeps happening, eCom may have changed its API: please report it.${maybe}`,
    planLimit: (where: string, said: string) =>
      `eCom refused the change (402): the store\u2019s plan limit is reached (for example, how many categories or products it may have) ${where}. Upgrade the plan in the eCom admin or remove what is no longer needed, then try again.${said}`,
    conflict: (where: string, said: string) =>
      `eCom refused the change because something changed at the same time (409) ${where}. Refresh and try again.${said}`,
    importing: (where: string, later: string) =>
      `eCom is importing the catalog right now (449) ${where}, and takes no changes until it has finished.${later}`,
    serverError: (status: number, where: string, then: string, said: string) =>
      `eCom had a problem on its side (${status}) ${where}.${then}${said}`,
    refused: (status: number | null, where: string, said: string) =>
      `eCom refused the request (${status ?? 'no status'}) ${where}.${said}`,
  },
  fr: {
    said: (detail: string) => ` eCom a répondu : « ${detail} ».`,
    scope: (scope: string) => scope.replace(' and ', ' et '),
    auth: 'eCom a refusé le jeton (401). Il a peut-être été révoqué : créez-en un nouveau dans l’administration eCom, sous Applications, et reconnectez-vous.',
    forbiddenPublic: (endpoint: string) =>
      `eCom a refusé cette modification (403) (${endpoint}) : Sync Lens est connecté avec un jeton public, qui ne peut que lire les catégories et produits activés. Connectez-vous avec le jeton secret de la boutique (secret_\u2026), dans l’administration eCom, sous Applications.`,
    forbidden: (endpoint: string, scope: string) =>
      `eCom a refusé cette requête (403) (${endpoint}) : le jeton n’a pas la permission ${scope}. Dans l’administration eCom, sous Applications, prenez un jeton qui l’a et reconnectez-vous.`,
    notFound: (where: string, said: string) =>
      `eCom n’a pas trouvé ce que Sync Lens demandait (404) ${where}. L’élément a peut-être été supprimé dans eCom, ou l’identifiant de la boutique est faux : actualisez, et vérifiez l’identifiant dans les réglages de Sync Lens si cela se reproduit.${said}`,
    paused: (where: string, later: string) =>
      `Sync Lens a mis ses requêtes à eCom en pause pour rester sous la limite de requêtes par minute d’eCom ${where}.${later} Rien d’autre à faire.`,
    slowDown: (where: string, later: string) =>
      `eCom a demandé à Sync Lens de ralentir (429) : sa limite de requêtes par minute est atteinte ${where}.${later} Rien d’autre à faire.`,
    network: (where: string, then: string) =>
      `Sync Lens n’a pas pu joindre eCom ${where}. Vérifiez la connexion à Internet.${then}`,
    timeout: (duration: string, where: string, then: string) =>
      `eCom n’a pas répondu en ${duration} ${where}. Il est peut-être surchargé.${then}`,
    malformed: (what: string, maybe: string) =>
      `eCom a envoyé une réponse que Sync Lens ne sait pas lire : ${what}. C’est en général passager ; si cela se reproduit, eCom a peut-être changé son API : merci de le signaler.${maybe}`,
    planLimit: (where: string, said: string) =>
      `eCom a refusé la modification (402) : la limite de l’abonnement de la boutique est atteinte (par exemple le nombre de catégories ou de produits) ${where}. Passez à un abonnement supérieur dans l’administration eCom ou supprimez ce qui ne sert plus, puis réessayez.${said}`,
    conflict: (where: string, said: string) =>
      `eCom a refusé la modification car quelque chose a changé au même moment (409) ${where}. Actualisez et réessayez.${said}`,
    importing: (where: string, later: string) =>
      `eCom importe le catalogue en ce moment (449) ${where} et n’accepte aucune modification avant la fin.${later}`,
    serverError: (status: number, where: string, then: string, said: string) =>
      `eCom a eu un problème de son côté (${status}) ${where}.${then}${said}`,
    refused: (status: number | null, where: string, said: string) =>
      `eCom a refusé la requête (${status ?? 'sans statut'}) ${where}.${said}`,
  },
} satisfies Record<Language, unknown>;

/** eCom's own ways: a 403 explained by the token's kind or scope, and the statuses only eCom gives. */
function ecomSpecifics(words: (typeof PHRASES)[Language], publicToken: boolean | null): ServiceSpecifics {
  return {
    forbidden: (facts) =>
      publicToken === true
        ? words.forbiddenPublic(facts.endpoint)
        : words.forbidden(facts.endpoint, words.scope(scopeNeeded(facts.method, facts.endpoint))),
    status(status, where, said, later) {
      if (status === 402) return words.planLimit(where, said);
      if (status === 409) return words.conflict(where, said);
      if (status === 449) return words.importing(where, later);
      return undefined;
    },
  };
}

/**
 * What to tell a merchant when eCom (E-Series) fails, and what they can do about it, in every language.
 * `publicToken` is whether the token is a public one (null when not known), to explain a 403 precisely.
 */
export function describeEcomFailure(facts: FailureFacts, publicToken: boolean | null = null): Said {
  return inEveryLanguage((language) =>
    describeIn(language, facts, PHRASES[language], ecomSpecifics(PHRASES[language], publicToken)),
  );
}
