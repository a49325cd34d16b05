import type { Said } from '../said.ts';

/** What Sync Lens says when signing in with Lightspeed (OAuth 2) or keeping that sign-in fresh fails. */
export const SIGN_IN = {
  timedOut: {
    en: 'Lightspeed’s sign-in service did not answer in time. Try again in a few minutes.',
    fr: 'Le service de connexion de Lightspeed n’a pas répondu à temps. Réessayez dans quelques minutes.',
  },
  unreachable: {
    en: 'Sync Lens could not reach Lightspeed’s sign-in service. Check the internet connection and try again.',
    fr: 'Sync Lens n’a pas pu joindre le service de connexion de Lightspeed. Vérifiez la connexion à Internet et réessayez.',
  },
  unreadable: {
    en: 'Lightspeed’s sign-in service sent an answer Sync Lens cannot read.',
    fr: 'Le service de connexion de Lightspeed a envoyé une réponse que Sync Lens ne sait pas lire.',
  },
  noTokens: {
    en: 'Lightspeed’s sign-in service sent an answer without the expected tokens.',
    fr: 'Le service de connexion de Lightspeed a envoyé une réponse sans les jetons attendus.',
  },
  noRefreshToken: {
    en: 'Lightspeed’s sign-in service sent no refresh token, so access could not be kept.',
    fr: 'Le service de connexion de Lightspeed n’a envoyé aucun jeton de renouvellement : l’accès n’a pas pu être gardé.',
  },
  badClient: {
    en: 'Lightspeed does not accept this API client: check the client id and client secret of your Lightspeed API client, then sign in again.',
    fr: 'Lightspeed n’accepte pas ce client d’API : vérifiez l’identifiant et le secret de votre client d’API Lightspeed, puis reconnectez-vous.',
  },
  expiredGrant: {
    en: 'Lightspeed no longer accepts Sync Lens’s sign-in: it went unused for 30 days, or it was revoked. Sign in with Lightspeed again in Sync Lens’s options.',
    fr: 'Lightspeed n’accepte plus la connexion de Sync Lens : elle est restée inutilisée 30 jours, ou elle a été révoquée. Reconnectez-vous avec Lightspeed dans les réglages de Sync Lens.',
  },
  retailGone: {
    en: 'Retail POS is no longer connected. Connect it again in Sync Lens’s options.',
    fr: 'Retail POS n’est plus connecté. Reconnectez-le dans les réglages de Sync Lens.',
  },
} satisfies Record<string, Said>;

/** The sign-in service refused a request; `said` is its own words, when it gave any. */
export const signInRefused = (status: number, said: string | null): Said => ({
  en: `Lightspeed’s sign-in service refused the request (${status})${said ? `: "${said}"` : ''}. Try again in a few minutes.`,
  fr: `Le service de connexion de Lightspeed a refusé la requête (${status})${said ? ` : « ${said} »` : ''}. Réessayez dans quelques minutes.`,
});
