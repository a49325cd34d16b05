import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';

import { ConnectRetailCard } from '../../components/own-pages/ConnectRetailCard.tsx';
import { translator } from '../../utils/i18n/index.ts';

/** The Retail card drawn into a document of its own, as the options page draws it before anything is connected. */
function drawCard(ownClient: boolean, language: 'en' | 'fr' = 'en') {
  const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  const globals = globalThis as unknown as { document?: Document };
  const before = globals.document;
  globals.document = document as unknown as Document;
  try {
    render(
      <ConnectRetailCard
        t={translator(language)}
        connection={null}
        client={null}
        ownClient={ownClient}
        redirectUri="https://abc.chromiumapp.org/"
        defaults={{ apiBase: 'https://api.lightspeedapp.com/API/V3', authBase: 'https://cloud.lightspeedapp.com' }}
        busy={false}
        notice={null}
        onSignIn={() => undefined}
        onPaste={() => undefined}
      />,
      document.getElementById('root')!,
    );
  } finally {
    globals.document = before;
  }
  return document.getElementById('root')!;
}

describe('the Retail card', () => {
  it('offers one-click sign-in when the build has Sync Lens’s own client, the merchant’s own under “Advanced”', () => {
    const card = drawCard(true);
    expect(card.querySelector('[data-no-own-client]')).toBeNull();
    expect(card.textContent).toContain('You need no API client of your own.');
    expect(card.querySelector('details.advanced')!.hasAttribute('open')).toBe(false);
    expect(card.querySelector('details.advanced #retail-client-id')).not.toBeNull();
  });

  it('says why there is no one-click sign-in in a build without a client of its own, in both languages', () => {
    const card = drawCard(false);
    expect(card.querySelector('[data-no-own-client]')!.textContent).toContain(
      'made without a Lightspeed client of its own',
    );
    // The merchant's own client is then the way to sign in: shown open.
    expect(card.querySelector('details.advanced')!.hasAttribute('open')).toBe(true);
    expect(drawCard(false, 'fr').querySelector('[data-no-own-client]')!.textContent).toContain(
      'construite sans client Lightspeed à elle',
    );
  });
});
