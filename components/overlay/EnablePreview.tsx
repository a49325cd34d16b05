import type { CategoryPreview } from '../../utils/overlay/candidates.ts';
import { useTicked } from '../../utils/overlay/use-ticked.ts';
import type { Words } from '../../utils/overlay/words.ts';
import { EmptyPreview } from './EmptyPreview.tsx';
import { PreviewFooter } from './PreviewFooter.tsx';

/**
 * "Enable N new categories", before anything happens: every candidate with its place in the tree and its
 * products, the new ones ticked, those the merchant disabled after they were live unticked with why. The
 * merchant confirms exactly what is ticked.
 */
export function EnablePreview({
  words,
  preview,
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  words: Words;
  preview: CategoryPreview;
  busy: boolean;
  error: string | null;
  onConfirm: (ecomIds: number[]) => void;
  onCancel: () => void;
}) {
  const { t, n } = words;
  const { ticked, toggle, chosen } = useTicked(preview.candidates, (candidate) => candidate.reason === 'new');

  if (preview.candidates.length === 0) {
    return <EmptyPreview message={t('overlay.preview.empty')} closeLabel={t('overlay.job.close')} onClose={onCancel} />;
  }

  return (
    <div class="sl-preview">
      <p>{t('overlay.preview.intro')}</p>
      <table class="sl-table">
        <thead>
          <tr>
            <th scope="col">
              <span class="sl-visually-hidden">{t('overlay.preview.tickAll')}</span>
            </th>
            <th scope="col">{t('overlay.preview.category')}</th>
            <th scope="col" class="sl-table__num">
              {t('overlay.preview.products')}
            </th>
          </tr>
        </thead>
        <tbody>
          {preview.candidates.map((candidate) => {
            const id = `sl-candidate-${candidate.ecomId}`;
            const why = candidate.reason === 'merchant-disabled' ? `${id}-why` : undefined;
            return (
              <tr key={candidate.ecomId} data-ecom-id={candidate.ecomId} data-reason={candidate.reason}>
                <td class="sl-table__tick">
                  {/* Ticked on the click, not on `change`: a script's click on a box makes a trusted `change`
                      (utils/security/trusted-events.ts); a person's click, Space key or label click is trusted. */}
                  <input
                    id={id}
                    type="checkbox"
                    checked={ticked.has(candidate.ecomId)}
                    aria-describedby={why}
                    onClick={(event) => toggle(candidate.ecomId, event.currentTarget.checked)}
                  />
                </td>
                <td>
                  <label for={id} class="sl-table__path">
                    {candidate.path}
                  </label>
                  {why && (
                    <span id={why} class="sl-table__why">
                      {t('overlay.preview.merchantDisabled')}
                    </span>
                  )}
                </td>
                <td class="sl-table__num">
                  {candidate.productCount === 0
                    ? t('overlay.details.noProducts')
                    : t('overlay.details.products', {
                        enabled: candidate.enabledProductCount,
                        count: candidate.productCount,
                      })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {preview.pending > 0 && <p class="sl-muted">{n('overlay.preview.pendingNote', preview.pending)}</p>}
      <PreviewFooter
        error={error}
        chosen={chosen}
        busy={busy}
        nothingTickedLabel={t('overlay.preview.nothingTicked')}
        cancelLabel={t('overlay.preview.cancel')}
        confirmLabel={n('overlay.preview.confirm', chosen.length)}
        onCancel={onCancel}
        onConfirm={onConfirm}
      />
    </div>
  );
}
