import { useState } from 'preact/hooks';

import type { ConnectionsView } from '../../utils/connect/saved-connections.ts';
import type { Translate } from '../../utils/i18n/index.ts';
import { PageNotice, type NoticeState } from './PageNotice.tsx';
import { TextField } from './TextField.tsx';

export interface RetailOAuthFields {
  clientId: string;
  clientSecret: string;
  authBase: string;
  apiBase: string;
}

export interface RetailTokenFields {
  token: string;
  accountId: string;
  apiBase: string;
}

/**
 * Step 2 of the options page: Retail POS by signing in with Lightspeed in one click (as Sync Lens's own client,
 * when the build has one), with the merchant's own Lightspeed API client under "Advanced", or with a pasted
 * access token; and what Sync Lens cannot know without it.
 */
export function ConnectRetailCard(props: {
  t: Translate;
  connection: ConnectionsView['retail'];
  client: ConnectionsView['retailClient'];
  /** The build has Sync Lens's own Lightspeed client: signing in needs no API client of the merchant's. */
  ownClient: boolean;
  redirectUri: string;
  defaults: { apiBase: string; authBase: string };
  busy: boolean;
  notice: NoticeState | null;
  onSignIn: (fields: RetailOAuthFields) => void;
  onPaste: (fields: RetailTokenFields) => void;
}) {
  const { t, connection } = props;
  const [clientId, setClientId] = useState(props.client?.clientId ?? '');
  const [clientSecret, setClientSecret] = useState('');
  const [token, setToken] = useState('');
  const [accountId, setAccountId] = useState('');
  const [apiBase, setApiBase] = useState(connection?.apiBase ?? props.defaults.apiBase);
  const [authBase, setAuthBase] = useState(props.defaults.authBase);

  const account = connection?.accountName || String(connection?.accountId ?? '');
  const status = !connection
    ? t('options.retail.notConnected')
    : connection.method === 'oauth'
      ? t('options.retail.connectedOAuth', { account })
      : t('options.retail.connectedToken', { account });

  return (
    <section
      class="card"
      aria-labelledby="retail-heading"
      data-card="retail"
      data-connected={connection ? 'yes' : 'no'}
    >
      <h2 id="retail-heading">{t('options.retail.heading')}</h2>
      <p class={connection ? 'card__status card__status--on' : 'card__status'} data-status="retail">
        {status}
      </p>
      {!connection && <p class="card__lead">{t('options.retail.without')}</p>}

      <form
        class="form"
        aria-labelledby="retail-oauth-heading"
        onSubmit={(event) => {
          event.preventDefault();
          props.onSignIn({ clientId, clientSecret, authBase, apiBase });
        }}
      >
        <h3 id="retail-oauth-heading">{t('options.retail.oauthHeading')}</h3>
        {props.ownClient ? (
          <p>{t('options.retail.oauthExplain')}</p>
        ) : (
          <p class="form__note" data-no-own-client>
            {t('options.retail.noOwnClient')}
          </p>
        )}
        <button type="submit" class="button button--primary" disabled={props.busy}>
          {t('options.retail.signIn')}
        </button>
        {/* Without a client of Sync Lens's own, the merchant's is the way to sign in: shown open. */}
        <details class="advanced" open={!props.ownClient}>
          <summary>{t('options.retail.advanced')}</summary>
          <h4>{t('options.retail.ownClientHeading')}</h4>
          <p class="form__note">{t('options.retail.ownClientExplain')}</p>
          <p class="form__note">
            {t('options.retail.redirect')} <code data-redirect-uri>{props.redirectUri}</code>
          </p>
          <TextField
            id="retail-client-id"
            label={t('options.retail.clientId')}
            value={clientId}
            onInput={setClientId}
          />
          <TextField
            id="retail-client-secret"
            label={t('options.retail.clientSecret')}
            type="password"
            value={clientSecret}
            placeholder={
              props.client?.hasSecret && props.client.clientId === clientId ? t('options.retail.clientSecretSaved') : ''
            }
            onInput={setClientSecret}
          />
          {(
            [
              ['retail-auth-base', 'options.retail.authBase', authBase, setAuthBase],
              ['retail-api-base', 'options.retail.apiBase', apiBase, setApiBase],
            ] as const
          ).map(([id, label, value, onInput]) => (
            <TextField key={id} id={id} label={t(label)} type="url" value={value} onInput={onInput} />
          ))}
        </details>
      </form>

      <form
        class="form form--secondary"
        aria-labelledby="retail-token-heading"
        onSubmit={(event) => {
          event.preventDefault();
          props.onPaste({ token, accountId, apiBase });
        }}
      >
        <h3 id="retail-token-heading">{t('options.retail.tokenHeading')}</h3>
        <TextField
          id="retail-token"
          label={t('options.retail.token')}
          type="password"
          value={token}
          onInput={setToken}
        />
        <TextField
          id="retail-account-id"
          label={t('options.retail.accountId')}
          hint={t('options.retail.accountIdHint')}
          inputMode="numeric"
          value={accountId}
          onInput={setAccountId}
        />
        <button type="submit" class="button" disabled={props.busy}>
          {t('options.retail.tokenSubmit')}
        </button>
      </form>
      <PageNotice notice={props.notice} id="retail-notice" />
    </section>
  );
}
