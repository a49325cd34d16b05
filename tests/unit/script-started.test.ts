import { describe, expect, it } from 'vitest';

import { refuseScriptStartedEvents } from '../../utils/security/script-started.ts';

/** Node's EventTarget stands in for the window; WXT's own listener is the one added after the guard. */
const NAME = 'extension-id:admin:wxt:content-script-started';

describe('the guard against “a newer copy started” events', () => {
  it('stops the event before WXT’s listener hears it, whoever dispatched it', () => {
    const window = new EventTarget();
    refuseScriptStartedEvents(window, NAME);
    const heard: string[] = [];
    window.addEventListener(NAME, () => heard.push(NAME));
    window.addEventListener('click', () => heard.push('click'));
    window.dispatchEvent(new CustomEvent(NAME, { detail: { contentScriptName: 'admin', messageId: 'page' } }));
    window.dispatchEvent(new Event('click'));
    expect(heard).toEqual(['click']);
  });

  it('lets the event through again once taken away (the copy was invalidated)', () => {
    const window = new EventTarget();
    const remove = refuseScriptStartedEvents(window, NAME);
    let heard = 0;
    window.addEventListener(NAME, () => heard++);
    remove();
    window.dispatchEvent(new CustomEvent(NAME));
    expect(heard).toBe(1);
  });
});
