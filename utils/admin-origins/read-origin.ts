import { ADMIN_MATCHES } from '../admin-dom/match-patterns.ts';

/**
 * What the merchant typed as their eCom admin's other address ("admin.myshop.com", "https://admin.myshop.com/
 * store/1003#categories") read as the one origin Sync Lens will run on: https, or plain http on names that are
 * never on the internet (localhost and the reserved .localhost and .test), no user or password in it. Shared by
 * the options page (to ask for the permission) and the background (which checks again).
 */
export type OriginRead =
  { ok: true; origin: string } | { ok: false; problem: 'not-an-address' | 'not-https' | 'already-known' };

const NEVER_PUBLIC = /(?:^|\.)(?:localhost|test)$/;

/** The admin hosts Sync Lens knows by itself: adding one of them changes nothing. */
const KNOWN_ORIGINS = new Set(ADMIN_MATCHES.map((pattern) => new URL(pattern.replace(/\*$/, '')).origin));

export function readAdminOrigin(typed: string): OriginRead {
  const text = typed.trim();
  if (text === '' || /\s/.test(text)) return { ok: false, problem: 'not-an-address' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, problem: 'not-an-address' };
  }
  if (url.username !== '' || url.password !== '' || (!url.hostname.includes('.') && url.hostname !== 'localhost')) {
    return { ok: false, problem: 'not-an-address' };
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && NEVER_PUBLIC.test(url.hostname))) {
    return { ok: false, problem: 'not-https' };
  }
  if (KNOWN_ORIGINS.has(url.origin)) return { ok: false, problem: 'already-known' };
  return { ok: true, origin: url.origin };
}

/** An origin without its port ("https://admin.myshop.com"): match patterns and permissions carry none. */
export function originHost(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}`;
}

/** The host permission an origin needs ("https://admin.myshop.com/*"). */
export function originPermission(origin: string): string {
  return `${originHost(origin)}/*`;
}
