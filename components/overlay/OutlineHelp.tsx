import { useRef, useState } from 'preact/hooks';

import type { Words } from '../../utils/overlay/words.ts';

/**
 * "Help Sync Lens support your admin": on a page whose markup Sync Lens does not know, shows an anonymised outline
 * of its structure (utils/admin-dom/page-outline.ts: no text, no id, no address), then copies it for the merchant
 * to send. Nothing is sent by Sync Lens itself.
 */
export function OutlineHelp({ words, outline }: { words: Words; outline: () => string }) {
  const { t } = words;
  const [shown, setShown] = useState<string | null>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);

  const copy = async () => {
    if (shown === null) return;
    try {
      await navigator.clipboard.writeText(shown);
      setCopied('yes');
    } catch {
      // No clipboard for this page: the text is selected, for the merchant's own Ctrl+C.
      area.current?.select();
      setCopied('no');
    }
  };

  if (shown === null) {
    return (
      <button type="button" class="sl-link" data-action="outline" onClick={() => setShown(outline())}>
        {t('overlay.outline.open')}
      </button>
    );
  }
  return (
    <div class="sl-outline" data-outline>
      <p>{t('overlay.outline.intro')}</p>
      <label class="sl-visually-hidden" for="sl-outline-text">
        {t('overlay.outline.label')}
      </label>
      <textarea id="sl-outline-text" class="sl-outline__text" ref={area} readOnly rows={8} value={shown} />
      <div class="sl-actions">
        <button type="button" class="sl-button" onClick={() => setShown(null)}>
          {t('overlay.outline.close')}
        </button>
        <button
          type="button"
          class="sl-button sl-button--primary"
          data-action="copy-outline"
          onClick={() => void copy()}
        >
          {t('overlay.outline.copy')}
        </button>
      </div>
      {copied && (
        <p class="sl-muted" role="status">
          {t(copied === 'yes' ? 'overlay.outline.copied' : 'overlay.outline.select')}
        </p>
      )}
    </div>
  );
}
