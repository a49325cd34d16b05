import 'fake-indexeddb/auto';

import type { Sandbox } from '../../../sandbox/server.ts';
import { openDb, type Db } from '../../../utils/db/open.ts';
import { createEcomClient } from '../../../utils/ecom/client.ts';
import { ecomPort, retailPort } from '../../../utils/engine/adapters.ts';
import { createEngine, type Engine } from '../../../utils/engine/engine.ts';
import type { EcomPort } from '../../../utils/jobs/ports.ts';
import type { Job } from '../../../utils/jobs/model.ts';
import { createRetailClient } from '../../../utils/retail/client.ts';

let databases = 0;

/** Short waits so fault tests retry quickly; the real defaults suit the real services. */
const QUICK = { timeoutMs: 1_500, maxAttempts: 6, backoff: { baseMs: 50, maxMs: 400 } };

export interface TestEngine {
  engine: Engine;
  db: Db;
}

/** The extension's engine, wired to a sandbox through the real clients, over fake-indexeddb. */
export async function engineFor(
  sandbox: Sandbox,
  options: {
    retail?: boolean;
    ecomToken?: string;
    db?: Db;
    /** The engine's clock; the machine's by default. */
    now?: () => Date;
    /** Wraps the eCom port, e.g. to make the worker die at a chosen call. */
    ecom?: (port: EcomPort) => EcomPort;
  } = {},
): Promise<TestEngine> {
  const { connection } = sandbox;
  const db = options.db ?? (await openDb(`engine-test-${process.pid}-${++databases}`));
  const port = ecomPort(
    createEcomClient({
      apiBase: connection.ecomApi,
      storeId: connection.storeId,
      token: options.ecomToken ?? connection.ecomToken,
      policy: QUICK,
      batchPoll: { firstMs: 50, maxMs: 200 },
    }),
  );
  const engine = createEngine({
    db,
    ecom: options.ecom ? options.ecom(port) : port,
    retail:
      options.retail === false
        ? null
        : retailPort(
            createRetailClient({
              apiBase: connection.retailApi,
              accountId: connection.retailAccountID,
              token: connection.retailToken,
              policy: QUICK,
            }),
          ),
    now: options.now ?? (() => new Date()),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  });
  return { engine, db };
}

/** Runs the engine's jobs until the given one has finished, as the background's alarms would. */
export async function runUntilDone(engine: Engine, jobId: string, limitMs = 60_000): Promise<Job> {
  const started = Date.now();
  for (;;) {
    await engine.runJobs();
    const job = await engine.job(jobId);
    if (!job) throw new Error(`Job ${jobId} disappeared`);
    if (job.status !== 'queued' && job.status !== 'running') return job;
    if (Date.now() - started > limitMs) throw new Error(`Job ${jobId} did not finish: ${JSON.stringify(job.error)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** An eCom category as GET /__sandbox/state gives it. */
export interface WorldCategory {
  id: number;
  name: string;
  enabled: boolean;
  parentId: number;
  orderBy: number;
  description: string;
  imageUrl: string;
  externalReferenceId: string | null;
  origin: string | null;
}
