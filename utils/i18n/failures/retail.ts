import type { Language } from '../language.ts';
import { inEveryLanguage, type Said } from '../said.ts';
import { describeIn } from './describe.ts';
import type { FailureFacts } from './facts.ts';

/** The sentences, per language (FailurePhrases in describe.ts says what `where`, `said` and `then` hold). */
const PHRASES = {
  en: {
    said: (detail: string) => ` Retail POS said: "${detail}".`,
    auth: 'Retail POS refused the connection (401). Its access may have expired or been revoked: connect Retail POS again in Sync Lens\u2019s options.',
    forbidden: (where: string, said: string) =>
      `Retail POS refused access (403) ${where}. The employee account used to connect may lack inventory rights: connect again as an employee with the "employee:inventory" or "employee:all" scope.${said}`,
    notFound: (where: string, said: string) =>
      `Retail POS could not find what Sync Lens asked for (404) ${where}. It may have been deleted in Retail POS, or the account id is wrong: refresh, and connect again if it keeps happening.${said}`,
    paused: (where: string, later: string) =>
      `Sync Lens paused its requests to Retail POS to stay within the account’s rate limit ${where}.${later} Nothing else needs doing.`,
    slowDown: (where: string, later: string) =>
      `Retail POS asked Sync Lens to slow down (429): the account’s rate limit is used up ${where}.${later} Nothing else needs doing.`,
    network: (where: string, then: string) =>
      `Sync Lens could not reach Retail POS ${where}. Check the internet connection.${then}`,
    timeout: (duration: string, where: string, then: string) =>
      `Retail POS did not answer within ${duration} ${where}. It may be busy.${then}`,
    malformed: (what: string, maybe: string) =>
      `Retail POS sent an answer Sync Lens cannot read: ${what}. This is usually a passing glitch; if it keeps happening, Retail POS may have changed its API: please report it.${maybe}`,
    serverError: (status: number, where: string, then: string, said: string) =>
      `Retail POS had a problem on its side (${status}) ${where}.${then}${said}`,
    refused: (status: number | null, where: string, said: string) =>
      `Retail POS refused the request (${status ?? 'no status'}) ${where}.${said}`,
  },
  fr: {
    said: (detail: string) => ` Retail POS a répondu : « ${detail} ».`,
    auth: 'Retail POS a refusé la connexion (401). L’accès a peut-être expiré ou été révoqué : reconnectez Retail POS dans les réglages de Sync Lens.',
    forbidden: (where: string, said: string) =>
      `Retail POS a refusé l’accès (403) ${where}. Le compte employé utilisé pour se connecter n’a peut-être pas les droits sur l’inventaire : reconnectez-vous avec un employé qui a la permission « employee:inventory » ou « employee:all ».${said}`,
    notFound: (where: string, said: string) =>
      `Retail POS n’a pas trouvé ce que Sync Lens demandait (404) ${where}. L’élément a peut-être été supprimé dans Retail POS, ou l’identifiant du compte est faux : actualisez, et reconnectez-vous si cela se reproduit.${said}`,
    paused: (where: string, later: string) =>
      `Sync Lens a mis ses requêtes à Retail POS en pause pour rester sous la limite de requêtes du compte ${where}.${later} Rien d’autre à faire.`,
    slowDown: (where: string, later: string) =>
      `Retail POS a demandé à Sync Lens de ralentir (429) : la limite de requêtes du compte est épuisée ${where}.${later} Rien d’autre à faire.`,
    network: (where: string, then: string) =>
      `Sync Lens n’a pas pu joindre Retail POS ${where}. Vérifiez la connexion à Internet.${then}`,
    timeout: (duration: string, where: string, then: string) =>
      `Retail POS n’a pas répondu en ${duration} ${where}. Il est peut-être surchargé.${then}`,
    malformed: (what: string, maybe: string) =>
      `Retail POS a envoyé une réponse que Sync Lens ne sait pas lire : ${what}. C’est en général passager ; si cela se reproduit, Retail POS a peut-être changé son API : merci de le signaler.${maybe}`,
    serverError: (status: number, where: string, then: string, said: string) =>
      `Retail POS a eu un problème de son côté (${status}) ${where}.${then}${said}`,
    refused: (status: number | null, where: string, said: string) =>
      `Retail POS a refusé la requête (${status ?? 'sans statut'}) ${where}.${said}`,
  },
} satisfies Record<Language, unknown>;

/** What to tell a merchant when Retail POS (R-Series) fails, and what they can do about it, in every language. */
export function describeRetailFailure(facts: FailureFacts): Said {
  return inEveryLanguage((language) =>
    describeIn(language, facts, PHRASES[language], {
      forbidden: (_facts, where, said) => PHRASES[language].forbidden(where, said),
    }),
  );
}
