import { browser } from 'wxt/browser';

/** Where Lightspeed sends the merchant back after signing in: the merchant registers it with their API client. */
export function redirectUri(): string {
  try {
    return browser.identity.getRedirectURL();
  } catch {
    return '';
  }
}
