import type { Problem } from '../db/meta.ts';
import { translator, type Language } from '../i18n/index.ts';
import { sayIn } from '../i18n/said.ts';
import type { Waiting } from '../sync/waiting.ts';

/** The extension's accent (utils/own-pages/palette.css): a count is news, not an alarm. */
export const COUNT_COLOUR = '#2456d6';
/** The extension's danger colour: a failed read must not pass for a count, nor for "nothing to do". */
export const FAILED_COLOUR = '#b42318';
/** What the badge shows when the last read failed. */
export const FAILED_MARK = '!';
/** Chrome's badge fits about four characters. */
const MOST_SHOWN = 999;

export interface Badge {
  /** Empty: no badge at all. */
  text: string;
  colour: string;
  /** The icon's tooltip, saying what the badge means. */
  title: string;
}

export type ToolbarFacts = { connected: false } | { connected: true; waiting: Waiting; problem: Problem | null };

/**
 * What the toolbar icon says: the failure mark while the last read failed (its count would be old news, and
 * "nothing" would read as "all is well"), else how many categories wait for the merchant, else nothing.
 */
export function badgeOf(facts: ToolbarFacts, language: Language): Badge {
  const t = translator(language);
  if (!facts.connected) return { text: '', colour: COUNT_COLOUR, title: t('toolbar.notConnected') };
  if (facts.problem) {
    const problem = sayIn(facts.problem.said ?? facts.problem.message, language);
    return { text: FAILED_MARK, colour: FAILED_COLOUR, title: t('toolbar.failed', { problem }) };
  }
  const { waiting } = facts;
  if (waiting.total === 0) return { text: '', colour: COUNT_COLOUR, title: t('toolbar.calm') };
  const arrived = waiting.arrived.length > 0 ? t.n('toolbar.arrived', waiting.arrived.length) : '';
  const changes = waiting.changes > 0 ? t.n('toolbar.changes', waiting.changes) : '';
  const what = arrived && changes ? t('toolbar.both', { arrived, changes }) : arrived || changes;
  return {
    text: waiting.total > MOST_SHOWN ? `${MOST_SHOWN}+` : String(waiting.total),
    colour: COUNT_COLOUR,
    title: t('toolbar.waiting', { what }),
  };
}
