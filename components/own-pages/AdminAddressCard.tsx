import { useState } from 'preact/hooks';

import type { Translate } from '../../utils/i18n/index.ts';
import { PageNotice, type NoticeState } from './PageNotice.tsx';
import { TextField } from './TextField.tsx';

/**
 * "My eCom admin is at another address": the merchant adds the origin their admin opens at (a white-label
 * host), sees the ones added, and removes one. The page asks the browser and the background (see
 * entrypoints/options/use-admin-origins.ts); this card only draws.
 */
export function AdminAddressCard(props: {
  t: Translate;
  origins: readonly string[];
  busy: boolean;
  notice: NoticeState | null;
  onAdd: (typed: string) => Promise<boolean>;
  onRemove: (origin: string) => void;
}) {
  const { t } = props;
  const [typed, setTyped] = useState('');
  return (
    <section class="card" aria-labelledby="admin-address-heading" data-card="admin-address">
      <h2 id="admin-address-heading">{t('options.adminAddress.heading')}</h2>
      <p>{t('options.adminAddress.explain')}</p>
      <form
        class="form form--inline"
        onSubmit={(event) => {
          event.preventDefault();
          void props.onAdd(typed).then((added) => added && setTyped(''));
        }}
      >
        <TextField
          id="admin-address"
          label={t('options.adminAddress.label')}
          type="url"
          placeholder={t('options.adminAddress.placeholder')}
          value={typed}
          onInput={setTyped}
        />
        <button type="submit" class="button" disabled={props.busy || typed.trim() === ''}>
          {t('options.adminAddress.add')}
        </button>
      </form>
      {props.origins.length > 0 && (
        <ul class="origin-list" aria-label={t('options.adminAddress.listLabel')}>
          {props.origins.map((origin) => (
            <li key={origin} data-origin={origin}>
              <code>{origin}</code>
              <button
                type="button"
                class="button"
                disabled={props.busy}
                aria-label={t('options.adminAddress.remove', { origin })}
                onClick={() => props.onRemove(origin)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <PageNotice notice={props.notice} id="admin-address-notice" />
    </section>
  );
}
