import { afterEach, describe, expect, it } from 'vitest';

import { createActions } from '../../entrypoints/admin.content/actions.ts';
import { INITIAL_STATE, type OverlayState } from '../../entrypoints/admin.content/state.ts';
import type { JobRequest } from '../../utils/engine/engine.ts';
import type { Session } from '../../utils/overlay/session.ts';
import { createStore } from '../../utils/overlay/store.ts';
import {
  ACTING_EVENTS,
  actingForAPerson,
  noteHandledEvent,
  refuseUntrustedEventsIn,
} from '../../utils/security/trusted-events.ts';

/**
 * Node's own EventTarget and Event stand in for a shadow root and a script's event: every Event made by code is
 * untrusted, as in the browser. A person's event cannot be made in code, so for actingForAPerson it is played by
 * the two fields it reads.
 */

const person = { isTrusted: true, eventPhase: 2 };
const script = { isTrusted: false, eventPhase: 2 };
const personAfterDispatch = { isTrusted: true, eventPhase: 0 };

afterEach(() => {
  noteHandledEvent(personAfterDispatch);
});

describe('the guard in one of our shadow roots', () => {
  it('stops a script’s acting event before our own listener on the same target, and cancels it', () => {
    const root = new EventTarget();
    refuseUntrustedEventsIn(root);
    const heard: string[] = [];
    for (const type of ACTING_EVENTS) root.addEventListener(type, () => heard.push(type));
    const events = ACTING_EVENTS.map((type) => new Event(type, { cancelable: true }));
    for (const event of events) root.dispatchEvent(event);
    expect(heard).toEqual([]);
    expect(events.every((event) => event.defaultPrevented)).toBe(true);
  });

  it('lets hover and focus through (they only show tips), and goes when taken away', () => {
    const root = new EventTarget();
    const remove = refuseUntrustedEventsIn(root);
    const heard: string[] = [];
    for (const type of ['mouseover', 'focusin', 'click']) root.addEventListener(type, () => heard.push(type));
    for (const type of ['mouseover', 'focusin', 'click']) root.dispatchEvent(new Event(type));
    expect(heard).toEqual(['mouseover', 'focusin']);
    remove();
    root.dispatchEvent(new Event('click'));
    expect(heard).toEqual(['mouseover', 'focusin', 'click']);
  });
});

describe('whether a person is acting', () => {
  it('only while a trusted event handed to our handlers is still being dispatched', () => {
    expect(actingForAPerson()).toBe(false);
    noteHandledEvent(person);
    expect(actingForAPerson()).toBe(true);
    noteHandledEvent(script);
    expect(actingForAPerson()).toBe(false);
    // A real event, once dispatched, is in phase NONE: what ran for it is over.
    const event = new Event('click');
    new EventTarget().dispatchEvent(event);
    noteHandledEvent({ isTrusted: true, eventPhase: event.eventPhase });
    expect(actingForAPerson()).toBe(false);
  });
});

describe('the overlay’s actions', () => {
  function overlay() {
    const asked: string[] = [];
    const session: Session = {
      start: async () => undefined,
      refresh: async () => void asked.push('refresh'),
      refreshIfStale: async () => void asked.push('refresh if stale'),
      startJob: async (request: JobRequest) => (asked.push(`start ${request.kind}`), true),
      undo: async () => void asked.push('undo'),
      cancel: async () => void asked.push('cancel'),
      chooseLink: async (ecomId, retailId) => (asked.push(`choose ${ecomId}→${retailId}`), true),
      dismissJob: () => asked.push('dismiss'),
      stop: () => undefined,
    };
    const store = createStore<OverlayState>(INITIAL_STATE);
    return { actions: createActions(store, session), asked, store };
  }
  const opener = { focus: () => undefined } as unknown as HTMLElement;
  const everyWriteAndRead = (actions: ReturnType<typeof overlay>['actions']) => {
    actions.refresh();
    actions.next({ kind: 'enable-categories' } as Parameters<typeof actions.next>[0], opener);
    actions.enableProducts(null, opener);
    actions.confirmCategories([501]);
    actions.confirmProducts([7018]);
    actions.undo();
    actions.stop();
    actions.chooseLink(2001, 3);
  };

  it('start, undo, stop, settle a link, open a preview or read again for a person’s event', () => {
    const { actions, asked, store } = overlay();
    noteHandledEvent(person);
    everyWriteAndRead(actions);
    expect(asked).toEqual([
      'refresh',
      'start enable-categories',
      'start enable-products',
      'undo',
      'cancel',
      'choose 2001→3',
    ]);
    expect(store.get().dialog).not.toBeNull();
  });

  it('do none of it for a script’s event, or outside any event', () => {
    for (const handled of [script, personAfterDispatch]) {
      const { actions, asked, store } = overlay();
      noteHandledEvent(handled);
      everyWriteAndRead(actions);
      expect(asked).toEqual([]);
      expect(store.get().dialog).toBeNull();
    }
  });
});
