import { useState } from 'preact/hooks';

import type { ConnectionsView } from '../../utils/connect/saved-connections.ts';
import type { Translate } from '../../utils/i18n/index.ts';
import { PageNotice, type NoticeState } from './PageNotice.tsx';
import { TextField } from './TextField.tsx';

export interface EcomFields {
  storeId: string;
  token: string;
  apiBase: string;
}

/** Step 1 of the options page: the eCom store id and token, with where to find them. */
export function ConnectEcomCard(props: {
  t: Translate;
  connection: ConnectionsView['ecom'];
  defaultApiBase: string;
  busy: boolean;
  notice: NoticeState | null;
  onConnect: (fields: EcomFields) => void;
}) {
  const { t, connection } = props;
  const [storeId, setStoreId] = useState(connection ? String(connection.storeId) : '');
  const [token, setToken] = useState('');
  const [apiBase, setApiBase] = useState(connection?.apiBase ?? props.defaultApiBase);

  const status = !connection
    ? t('options.ecom.notConnected')
    : connection.readOnly
      ? t('options.ecom.connectedReadOnly', { storeId: connection.storeId })
      : t('options.ecom.connected', { storeId: connection.storeId });

  return (
    <section class="card" aria-labelledby="ecom-heading" data-card="ecom" data-connected={connection ? 'yes' : 'no'}>
      <h2 id="ecom-heading">{t('options.ecom.heading')}</h2>
      <p class={connection ? 'card__status card__status--on' : 'card__status'} data-status="ecom">
        {status}
      </p>
      <details class="guide" open={!connection}>
        <summary>{t('options.ecom.guideSummary')}</summary>
        <ol>
          <li>{t('options.ecom.guide1')}</li>
          <li>{t('options.ecom.guide2')}</li>
          <li>{t('options.ecom.guide3')}</li>
        </ol>
      </details>
      <form
        class="form"
        onSubmit={(event) => {
          event.preventDefault();
          props.onConnect({ storeId, token, apiBase });
        }}
      >
        <TextField
          id="ecom-store-id"
          label={t('options.ecom.storeId')}
          hint={t('options.ecom.storeIdHint')}
          value={storeId}
          inputMode="numeric"
          onInput={setStoreId}
        />
        <TextField
          id="ecom-token"
          label={t('options.ecom.token')}
          hint={t('options.ecom.tokenHint')}
          type="password"
          value={token}
          onInput={setToken}
        />
        <details class="advanced">
          <summary>{t('options.advanced')}</summary>
          <TextField
            id="ecom-api-base"
            label={t('options.ecom.apiBase')}
            type="url"
            value={apiBase}
            onInput={setApiBase}
          />
        </details>
        <p class="form__note">{t('options.ecom.writesChecked')}</p>
        <button type="submit" class="button button--primary" disabled={props.busy}>
          {connection ? t('options.ecom.replace') : t('options.ecom.submit')}
        </button>
        <PageNotice notice={props.notice} id="ecom-notice" />
      </form>
    </section>
  );
}
