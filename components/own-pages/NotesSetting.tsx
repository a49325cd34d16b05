import type { Translate } from '../../utils/i18n/index.ts';

/** The arrival note, on or off (off by default); says so when the browser did not allow notifications. */
export function NotesSetting(props: { t: Translate; on: boolean; refused: boolean; onChange: (on: boolean) => void }) {
  const { t } = props;
  return (
    <div class="field" data-setting="notes">
      <label class="choice">
        <input
          type="checkbox"
          checked={props.on}
          onChange={(event) => props.onChange(event.currentTarget.checked)}
          aria-describedby="notes-help"
        />
        <span class="choice__title">{t('options.notes.label')}</span>
        <span class="choice__help" id="notes-help">
          {t('options.notes.help')}
        </span>
      </label>
      {props.refused && (
        <p class="notice notice--error" role="alert" data-notes="refused">
          {t('options.notes.refused')}
        </p>
      )}
    </div>
  );
}
