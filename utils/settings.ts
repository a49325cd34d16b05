import * as v from 'valibot';
import { browser } from 'wxt/browser';

/**
 * The merchant's choices, in storage.local next to the connections. Read through loadSettings(), which fills in
 * defaults and ignores anything that does not read back as valid.
 */
export const SettingsSchema = v.object({
  /**
   * watch (default): Lightspeed's own sync writes; Sync Lens reads, explains and runs the merchant's actions.
   * sync: Sync Lens applies the one-way sync itself, for stores whose native sync is off. Never chosen for a
   * store by Sync Lens itself: only the merchant switches it on.
   */
  mode: v.optional(v.picklist(['watch', 'sync']), 'watch'),
  /** Minutes between background refreshes. */
  refreshMinutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24 * 60)), 5),
  /** "auto" follows the admin page, then the browser. */
  language: v.optional(v.picklist(['auto', 'en', 'fr']), 'auto'),
  /**
   * A browser notification when categories arrive from Retail POS (entrypoints/background/arrival-notes.ts). Off
   * until the merchant turns it on, which asks for the optional `notifications` permission.
   */
  notify: v.optional(v.boolean(), false),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = v.parse(SettingsSchema, {});

export async function loadSettings(): Promise<Settings> {
  const { settings } = await browser.storage.local.get('settings');
  const parsed = v.safeParse(SettingsSchema, settings ?? {});
  return parsed.success ? parsed.output : DEFAULT_SETTINGS;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ settings: v.parse(SettingsSchema, settings) });
}
