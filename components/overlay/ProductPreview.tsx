import type { ProductCandidate } from '../../utils/overlay/candidates.ts';
import { useTicked } from '../../utils/overlay/use-ticked.ts';
import type { Words } from '../../utils/overlay/words.ts';
import { EmptyPreview } from './EmptyPreview.tsx';
import { PreviewFooter } from './PreviewFooter.tsx';

/** "Enable products", before anything happens: every disabled product of an enabled category, ticked. */
export function ProductPreview({
  words,
  candidates,
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  words: Words;
  candidates: ProductCandidate[];
  busy: boolean;
  error: string | null;
  onConfirm: (ecomIds: number[]) => void;
  onCancel: () => void;
}) {
  const { t, n } = words;
  const { ticked, toggle, chosen } = useTicked(candidates, () => true);

  if (candidates.length === 0) {
    return (
      <EmptyPreview
        message={t('overlay.productsPreview.empty')}
        closeLabel={t('overlay.job.close')}
        onClose={onCancel}
      />
    );
  }

  return (
    <div class="sl-preview">
      <p>{t('overlay.productsPreview.intro')}</p>
      <table class="sl-table">
        <thead>
          <tr>
            <th scope="col">
              <span class="sl-visually-hidden">{t('overlay.productsPreview.product')}</span>
            </th>
            <th scope="col">{t('overlay.productsPreview.product')}</th>
            <th scope="col">{t('overlay.productsPreview.where')}</th>
          </tr>
        </thead>
        <tbody>
          {candidates.map((candidate) => {
            const id = `sl-product-${candidate.ecomId}`;
            return (
              <tr key={candidate.ecomId} data-ecom-id={candidate.ecomId}>
                <td class="sl-table__tick">
                  {/* Ticked on the click, not on `change`: a script's click on a box makes a trusted `change`
                      (utils/security/trusted-events.ts); a person's click, Space key or label click is trusted. */}
                  <input
                    id={id}
                    type="checkbox"
                    checked={ticked.has(candidate.ecomId)}
                    onClick={(event) => toggle(candidate.ecomId, event.currentTarget.checked)}
                  />
                </td>
                <td>
                  <label for={id} class="sl-table__path">
                    {candidate.name}
                  </label>
                </td>
                <td class="sl-muted">{candidate.path || t('overlay.productsPreview.noCategory')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <PreviewFooter
        error={error}
        chosen={chosen}
        busy={busy}
        nothingTickedLabel={t('overlay.productsPreview.nothingTicked')}
        cancelLabel={t('overlay.preview.cancel')}
        confirmLabel={n('overlay.productsPreview.confirm', chosen.length)}
        onCancel={onCancel}
        onConfirm={onConfirm}
      />
    </div>
  );
}
