import type { ComponentChildren } from 'preact';

import type { Switched } from '../../utils/connect/change.ts';
import type { MessageKey, Translate } from '../../utils/i18n/index.ts';
import type { Settings } from '../../utils/settings.ts';

/** The refresh intervals offered, in minutes. */
export const REFRESH_CHOICES = [5, 15, 30, 60, 240] as const;

function intervalLabel(t: Translate, minutes: number): string {
  if (minutes === 60) return t('options.refresh.hour');
  if (minutes > 60 && minutes % 60 === 0) return t('options.refresh.hours', { hours: minutes / 60 });
  return t('options.refresh.every', { minutes });
}

/** What connecting another store or account did to the mode and the memory, in words. */
function switchedKey({ forgot, wasSync }: Switched): MessageKey {
  if (forgot) return wasSync ? 'options.switched.forgotWatch' : 'options.switched.forgot';
  return 'options.switched.watch';
}

/** Step 3 of the options page: mode (with what each one does), refresh interval and language; saved at once. */
export function SettingsCard(props: {
  t: Translate;
  settings: Settings;
  readOnly: boolean;
  saved: boolean;
  /** Set after another store or account was connected: the merchant is told what that changed here. */
  switched: Switched | null;
  onChange: (changes: Partial<Settings>) => void;
  /** More settings that need more than a saved value (the arrival note asks the browser first). */
  children?: ComponentChildren;
}) {
  const { t, settings } = props;
  const choices: number[] = [...REFRESH_CHOICES];
  if (!choices.includes(settings.refreshMinutes)) choices.push(settings.refreshMinutes);

  return (
    <section class="card" aria-labelledby="settings-heading" data-card="settings">
      <h2 id="settings-heading">{t('options.settings.heading')}</h2>
      {props.switched && (
        <p class="notice notice--info" role="status" data-switched={props.switched.wasSync ? 'watch' : 'forgot'}>
          {t(switchedKey(props.switched))}
        </p>
      )}
      <fieldset class="choices">
        <legend>{t('options.mode.label')}</legend>
        <label class="choice">
          <input
            type="radio"
            name="mode"
            value="watch"
            checked={settings.mode === 'watch'}
            onChange={() => props.onChange({ mode: 'watch' })}
            aria-describedby="mode-watch-help"
          />
          <span class="choice__title">{t('options.mode.watch')}</span>
          <span class="choice__help" id="mode-watch-help">
            {t('options.mode.watchHelp')}
          </span>
        </label>
        <label class="choice">
          <input
            type="radio"
            name="mode"
            value="sync"
            checked={settings.mode === 'sync'}
            disabled={props.readOnly}
            onChange={() => props.onChange({ mode: 'sync' })}
            aria-describedby="mode-sync-help"
          />
          <span class="choice__title">{t('options.mode.sync')}</span>
          <span class="choice__help" id="mode-sync-help">
            {t('options.mode.syncHelp')}
            {props.readOnly && ` ${t('options.mode.syncReadOnly')}`}
          </span>
        </label>
      </fieldset>
      <div class="field field--row">
        <label for="refresh-minutes">{t('options.refresh.label')}</label>
        <select
          id="refresh-minutes"
          value={String(settings.refreshMinutes)}
          onChange={(event) => props.onChange({ refreshMinutes: Number(event.currentTarget.value) })}
        >
          {choices.map((minutes) => (
            <option key={minutes} value={String(minutes)}>
              {intervalLabel(t, minutes)}
            </option>
          ))}
        </select>
      </div>
      <div class="field field--row">
        <label for="language">{t('options.language.label')}</label>
        <select
          id="language"
          value={settings.language}
          onChange={(event) => props.onChange({ language: event.currentTarget.value as Settings['language'] })}
        >
          <option value="auto">{t('options.language.auto')}</option>
          <option value="en">{t('options.language.en')}</option>
          <option value="fr">{t('options.language.fr')}</option>
        </select>
      </div>
      {props.children}
      <p class="notice notice--success" role="status" data-saved={props.saved ? 'yes' : 'no'}>
        {props.saved ? t('options.saved') : ''}
      </p>
    </section>
  );
}
