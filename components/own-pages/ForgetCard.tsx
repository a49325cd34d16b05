import { useState } from 'preact/hooks';

import type { Translate } from '../../utils/i18n/index.ts';
import { PageNotice, type NoticeState } from './PageNotice.tsx';

/** "Forget this store", with one confirmation: it removes every token and every cached record. */
export function ForgetCard(props: { t: Translate; busy: boolean; notice: NoticeState | null; onForget: () => void }) {
  const { t } = props;
  const [confirming, setConfirming] = useState(false);
  return (
    <section class="card card--danger" aria-labelledby="forget-heading" data-card="forget">
      <h2 id="forget-heading">{t('options.forget.heading')}</h2>
      <p>{t('options.forget.explain')}</p>
      {confirming ? (
        <div class="confirm" role="group" aria-labelledby="forget-confirm">
          <p id="forget-confirm">{t('options.forget.confirm')}</p>
          <button
            type="button"
            class="button button--danger"
            disabled={props.busy}
            onClick={() => {
              setConfirming(false);
              props.onForget();
            }}
          >
            {t('options.forget.yes')}
          </button>
          <button type="button" class="button" onClick={() => setConfirming(false)}>
            {t('options.forget.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" class="button button--danger" disabled={props.busy} onClick={() => setConfirming(true)}>
          {t('options.forget.button')}
        </button>
      )}
      <PageNotice notice={props.notice} id="forget-notice" />
    </section>
  );
}
