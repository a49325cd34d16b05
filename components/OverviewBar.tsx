import { useEffect, useState } from 'preact/hooks';

import type { Translate } from '../utils/i18n/index.ts';
import { ask } from '../utils/messaging/ask.ts';
import type { Overview } from '../utils/messaging/protocol.ts';

type State = { kind: 'loading' } | { kind: 'ready'; overview: Overview } | { kind: 'error'; reason: string };

function describeConnections(t: Translate, { retail, ecom }: Overview['connected']): string {
  if (retail && ecom) return t('overlay.connectedBoth');
  if (ecom) return t('overlay.connectedEcomOnly');
  return t('overlay.notConnected');
}

/** The bar at the top of the categories page: what the background knows about this store right now. */
export function OverviewBar({ t }: { t: Translate }) {
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let cancelled = false;
    void ask({ type: 'overview' }).then((reply) => {
      if (cancelled) return;
      setState(reply.ok ? { kind: 'ready', overview: reply.value } : { kind: 'error', reason: reply.error.message });
    });
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <section
      class={`sl-bar${state.kind === 'error' ? ' sl-bar--error' : ''}`}
      aria-label={t('overlay.label')}
      aria-busy={state.kind === 'loading'}
      data-state={state.kind}
    >
      <span class="sl-bar__brand">{t('brand.name')}</span>
      {state.kind === 'loading' && <p class="sl-bar__text">{t('overlay.loading')}</p>}
      {state.kind === 'ready' && (
        <p class="sl-bar__text" role="status">
          {t('overlay.active', { version: state.overview.version })}{' '}
          {describeConnections(t, state.overview.connected)}
        </p>
      )}
      {state.kind === 'error' && (
        <p class="sl-bar__text" role="alert">
          {t('overlay.unreachable', { reason: state.reason })}
        </p>
      )}
    </section>
  );
}
