import { useLayoutEffect, useRef, useState } from 'preact/hooks';

import { HELP_TOPICS, type HelpTopic } from '../../utils/overlay/help-topics.ts';
import type { Words } from '../../utils/overlay/words.ts';
import { Icon } from './Icon.tsx';

/**
 * The questions Lightspeed's help article answers, answered in the merchant's language where the question
 * arises: opened on one question (the one its opener raised), the others a click away. A side panel that
 * leaves the admin usable; Escape or its close button closes it.
 */
export function HelpPanel({
  words,
  topic,
  request,
  onClose,
}: {
  words: Words;
  /** The question to open and focus; null opens the panel with every question closed. */
  topic: HelpTopic | null;
  /** Changes each time the panel is asked to open a question, even the same one again. */
  request: number;
  onClose: () => void;
}) {
  const { t } = words;
  const [open, setOpen] = useState<ReadonlySet<HelpTopic>>(() => new Set(topic ? [topic] : []));
  const ref = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    if (topic) setOpen((current) => new Set([...current, topic]));
    const target = topic ? ref.current?.querySelector<HTMLElement>(`#sl-help-q-${topic}`) : null;
    (target ?? ref.current?.querySelector<HTMLElement>('.sl-help__title'))?.focus();
  }, [request]);

  const toggle = (question: HelpTopic) => {
    const next = new Set(open);
    if (next.has(question)) next.delete(question);
    else next.add(question);
    setOpen(next);
  };

  return (
    <div
      ref={ref}
      class="sl-help"
      role="dialog"
      aria-modal="false"
      aria-labelledby="sl-help-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <header class="sl-help__header">
        <h2 id="sl-help-title" class="sl-help__title" tabIndex={-1}>
          {t('overlay.help.title')}
        </h2>
        <button type="button" class="sl-icon-button" aria-label={t('overlay.help.close')} onClick={onClose}>
          <Icon name="close" size={16} />
        </button>
      </header>
      <div class="sl-help__body">
        {HELP_TOPICS.map((question) => {
          const expanded = open.has(question);
          return (
            <section
              key={question}
              class={`sl-help__item${expanded ? ' sl-help__item--open' : ''}`}
              data-topic={question}
            >
              <h3 class="sl-help__question">
                <button
                  type="button"
                  id={`sl-help-q-${question}`}
                  aria-expanded={expanded}
                  aria-controls={`sl-help-a-${question}`}
                  onClick={() => toggle(question)}
                >
                  <span>{t(`overlay.help.q.${question}`)}</span>
                  <Icon name="chevron" size={16} />
                </button>
              </h3>
              <div
                id={`sl-help-a-${question}`}
                class="sl-help__answer"
                role="region"
                aria-labelledby={`sl-help-q-${question}`}
                hidden={!expanded}
              >
                {t(`overlay.help.a.${question}`)
                  .split('\n\n')
                  .map((paragraph) => (
                    <p key={paragraph}>{paragraph}</p>
                  ))}
              </div>
            </section>
          );
        })}
        <p class="sl-help__source">{t('overlay.help.source')}</p>
      </div>
    </div>
  );
}
