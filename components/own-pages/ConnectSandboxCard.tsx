import { useState } from 'preact/hooks';

import type { Translate } from '../../utils/i18n/index.ts';
import { PageNotice, type NoticeState } from './PageNotice.tsx';
import { TextField } from './TextField.tsx';

/** One click to connect both stores to a local sandbox (`npm start`); shown only where loopback is reachable. */
export function ConnectSandboxCard(props: {
  t: Translate;
  defaultUrl: string;
  busy: boolean;
  notice: NoticeState | null;
  onConnect: (url: string) => void;
}) {
  const { t } = props;
  const [url, setUrl] = useState(props.defaultUrl);
  return (
    <section class="card card--sandbox" aria-labelledby="sandbox-heading" data-card="sandbox">
      <h2 id="sandbox-heading">{t('options.sandbox.heading')}</h2>
      <p>{t('options.sandbox.explain')}</p>
      <form
        class="form form--inline"
        onSubmit={(event) => {
          event.preventDefault();
          props.onConnect(url);
        }}
      >
        <TextField id="sandbox-url" label={t('options.sandbox.url')} type="url" value={url} onInput={setUrl} />
        <button type="submit" class="button button--primary" disabled={props.busy}>
          {t('options.sandbox.submit')}
        </button>
      </form>
      <PageNotice notice={props.notice} id="sandbox-notice" />
    </section>
  );
}
