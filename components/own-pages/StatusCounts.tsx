import type { MessageKey, Translate } from '../../utils/i18n/index.ts';
import { CATEGORY_STATUSES } from '../../utils/sync/model.ts';
import type { Summary } from '../../utils/sync/summary.ts';

/** Categories by status, as the engine counted them, and the products that need a look. */
export function StatusCounts({ t, summary }: { t: Translate; summary: Summary }) {
  return (
    <section class="counts" aria-labelledby="counts-heading">
      <h2 id="counts-heading" data-count="total" data-value={summary.categories.total}>
        {t.n('popup.categories', summary.categories.total)}
      </h2>
      <dl class="counts__list">
        {CATEGORY_STATUSES.map((status) => (
          <div
            key={status}
            class={`counts__row counts__row--${status}${summary.categories[status] === 0 ? ' counts__row--zero' : ''}`}
            data-count={status}
            data-value={summary.categories[status]}
          >
            <dt>{t(`popup.status.${status}` as MessageKey)}</dt>
            <dd>{summary.categories[status]}</dd>
          </div>
        ))}
      </dl>
      <p
        class="counts__products"
        data-count="products"
        data-disabled={summary.products.disabled}
        data-storefront={summary.products.storefront}
      >
        {t('popup.products', { disabled: summary.products.disabled, storefront: summary.products.storefront })}
      </p>
    </section>
  );
}
