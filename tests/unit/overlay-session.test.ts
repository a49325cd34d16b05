import { beforeEach, describe, expect, it, vi } from 'vitest';

import { sayIn } from '../../utils/i18n/said.ts';
import { progressOf, type Job } from '../../utils/jobs/model.ts';
import type { PageStatus, Reply, Request } from '../../utils/messaging/protocol.ts';
import { createSession, INITIAL_ENGINE_VIEW, type EngineView } from '../../utils/overlay/session.ts';
import { createStore } from '../../utils/overlay/store.ts';
import { category, statusOf } from './support/overlay-status.ts';

/**
 * The overlay's conversation with the background, against a background played by the test: what `ask` would
 * send is answered by `answer` below.
 */
const background = vi.hoisted(() => ({ answer: (_request: unknown): unknown => undefined, asked: [] as unknown[] }));

vi.mock('../../utils/messaging/ask.ts', () => ({
  ask: async (request: unknown) => {
    background.asked.push(request);
    return background.answer(request);
  },
}));

const ok = <T>(value: T): Reply<T> => ({ ok: true, value });

function job(status: Job['status'], done: number, updatedAt = '2026-03-20T10:05:00.000Z'): Job {
  return {
    id: 'job-1',
    kind: 'enable-categories',
    status,
    createdAt: '2026-03-20T10:04:00.000Z',
    updatedAt,
    items: [
      { key: 'c523', ecomId: 523, label: 'Vestes/Doudounes', state: done > 0 ? 'done' : 'pending', before: 'new' },
      { key: 'c524', ecomId: 524, label: 'Pantalons/Velours', state: done > 1 ? 'done' : 'pending', before: 'new' },
    ],
    cursor: { chunk: 0 },
    lease: null,
    nextRunAt: null,
    attempts: 0,
  };
}

/** Timers that run at once (in order), so a poll every 700 ms costs the test nothing. */
const instantTimers = {
  setTimeout: (run: () => void) => {
    void Promise.resolve().then(run);
    return 0;
  },
  clearTimeout: () => undefined,
};

function setup() {
  const store = createStore<EngineView>({ ...INITIAL_ENGINE_VIEW });
  const finished: Job[] = [];
  let refreshed = 0;
  const session = createSession(store, instantTimers, {
    jobFinished: (done) => finished.push(done),
    refreshed: () => (refreshed += 1),
    // The page's language is French here: failures given in every language are said in French.
    say: (error) => sayIn(error.said ?? error.message, 'fr'),
  });
  return { store, session, finished, refreshed: () => refreshed };
}

const fresh = () =>
  statusOf([category({ name: 'Doudounes', status: 'new', ecomId: 523 })], [], new Date().toISOString());

describe('the overlay’s session with the background', () => {
  beforeEach(() => {
    background.asked = [];
  });

  it('shows the cached state and reads again only when it is old', async () => {
    let status: PageStatus = statusOf([category({ name: 'Vestes', status: 'live' })], [], '2026-01-01T00:00:00.000Z');
    background.answer = (request) => {
      const { type } = request as Request;
      if (type === 'status') return ok(status);
      if (type === 'refresh') {
        status = fresh();
        return ok({ readAt: status.readAt!.ecom, summary: status.summary });
      }
    };
    const { store, session } = setup();
    await session.start();
    expect(background.asked.map((request) => (request as Request).type)).toEqual(['status', 'refresh', 'status']);
    expect(store.get()).toMatchObject({ phase: 'ready', refreshing: false, status: { summary: { newDisabled: 1 } } });

    background.asked = [];
    const again = setup();
    await again.session.start();
    expect(background.asked.map((request) => (request as Request).type)).toEqual(['status']);
  });

  it('says so when eCom is not connected, and when the background cannot be reached', async () => {
    background.answer = () => ok(null);
    const { store, session } = setup();
    await session.start();
    expect(store.get().phase).toBe('not-connected');

    background.answer = () => ({ ok: false, error: { code: 'unavailable', message: 'gone' } });
    const other = setup();
    await other.session.start();
    expect(other.store.get()).toMatchObject({ phase: 'unreachable', problem: 'gone' });
  });

  it('follows a job by its progress, reads its items once when it ends, then waits for the engine’s own read', async () => {
    const polls = [job('running', 1), job('running', 1), job('done', 2)];
    let statusReads = 0;
    background.answer = (request) => {
      const message = request as Request;
      if (message.type === 'start-job')
        return ok({
          id: 'job-1',
          kind: 'enable-categories',
          status: 'queued',
          total: 2,
          done: 0,
          failed: 0,
          skipped: 0,
        });
      if (message.type === 'job-progress') return ok(progressOf(polls.shift() ?? job('done', 2)));
      if (message.type === 'job') return ok(job('done', 2));
      if (message.type === 'status') {
        statusReads += 1;
        // The engine's refresh after the job lands on the second read.
        return ok(statusOf([], [], statusReads >= 2 ? '2026-03-20T10:05:01.000Z' : '2026-03-20T10:04:30.000Z'));
      }
    };
    const { store, session, finished } = setup();
    expect(await session.startJob({ kind: 'enable-categories', ecomIds: [523, 524] })).toBe(true);
    await vi.waitFor(() => expect(store.get().job?.settled).toBe(true));
    expect(finished.map((done) => done.status)).toEqual(['done']);
    expect(finished[0]?.items.map((item) => item.state)).toEqual(['done', 'done']);
    expect(store.get().job?.progress).toMatchObject({ status: 'done', done: 2, total: 2 });
    expect(store.get().job?.job?.items).toHaveLength(2);
    expect(store.get().status?.readAt?.ecom).toBe('2026-03-20T10:05:01.000Z');
    const jobReads = background.asked
      .map((request) => (request as Request).type)
      .filter((type) => type.startsWith('job'));
    expect(jobReads).toEqual(['job-progress', 'job-progress', 'job-progress', 'job']);
  });

  it('picks up a job that was running when the page opened', async () => {
    const running = {
      id: 'job-1',
      kind: 'enable-categories' as const,
      status: 'running' as const,
      total: 2,
      done: 1,
      failed: 0,
      skipped: 0,
    };
    background.answer = (request) => {
      const message = request as Request;
      if (message.type === 'status') return ok({ ...fresh(), jobs: [running] });
      if (message.type === 'job-progress') return ok({ ...running, done: 2 });
    };
    const { store, session } = setup();
    await session.start();
    await vi.waitFor(() => expect(store.get().job?.progress.done).toBe(2));
    expect(store.get().job?.progress.status).toBe('running');
    // Its items are read once it ends, not on every poll while it runs.
    expect(store.get().job?.job).toBeNull();
    expect(background.asked.map((request) => (request as Request).type)).not.toContain('job');
    session.stop();
  });

  it('says why when it cannot start a job', async () => {
    background.answer = (request) => {
      const message = request as Request;
      if (message.type === 'start-job') return { ok: false, error: { code: 'read-only', message: 'Read-only token.' } };
    };
    const { store, session } = setup();
    expect(await session.startJob({ kind: 'enable-categories' })).toBe(false);
    expect(store.get().jobError).toBe('Read-only token.');
  });

  it('says a failure in the page’s language when the background gave it in every language', async () => {
    background.answer = (request) => {
      const message = request as Request;
      if (message.type === 'refresh') {
        return {
          ok: false,
          error: {
            code: 'failed',
            message: 'eCom did not answer.',
            said: { en: 'eCom did not answer.', fr: 'eCom n’a pas répondu.' },
          },
        };
      }
    };
    const { store, session } = setup();
    await session.refresh();
    expect(store.get().refreshError).toBe('eCom n’a pas répondu.');
  });

  it('asks for a whole read only when the merchant asks: the reads it makes itself are incremental', async () => {
    const old = statusOf([category({ name: 'Vestes', status: 'live' })], [], '2026-01-01T00:00:00.000Z');
    background.answer = (request) => {
      const message = request as Request;
      if (message.type === 'status') return ok(old);
      if (message.type === 'refresh') return ok({ readAt: old.readAt!.ecom, summary: old.summary });
    };
    const refreshes = () => background.asked.filter((request) => (request as Request).type === 'refresh');
    const { session, refreshed } = setup();

    await session.start();
    expect(refreshes()).toEqual([{ type: 'refresh' }]);

    // The tab comes back while what is shown is still old.
    background.asked = [];
    await session.refreshIfStale();
    expect(refreshes()).toEqual([{ type: 'refresh' }]);
    expect(refreshed()).toBe(0);

    background.asked = [];
    await session.refresh();
    expect(refreshes()).toEqual([{ type: 'refresh', full: true }]);
    expect(refreshed()).toBe(1);
  });

  it('tells the page after a read the merchant asked for', async () => {
    background.answer = (request) => {
      const message = request as Request;
      if (message.type === 'refresh') return ok({ readAt: 'x', summary: fresh().summary });
      if (message.type === 'status') return ok(fresh());
    };
    const { session, refreshed } = setup();
    await session.refresh();
    expect(refreshed()).toBe(1);
  });
});
