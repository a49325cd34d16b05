import type { Words } from '../../utils/overlay/words.ts';
import { Icon } from './Icon.tsx';

/** The lens and "Sync Lens" at the start of every bar the overlay puts in the admin; `title` says more on hover. */
export function BarBrand({ words, title }: { words: Words; title?: string }) {
  return (
    <span class="sl-bar__brand" title={title}>
      <span class="sl-bar__logo" aria-hidden="true">
        <Icon name="lens" size={14} />
      </span>
      {words.t('brand.name')}
    </span>
  );
}
