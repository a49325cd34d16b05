import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint rules that keep the layers (lint/floors.js): each one refuses what it must, and lets pass what it must.

const ROOT = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

/** The messages of our own rules (and the one door rule) for `code` as if it were the file at `path`. */
async function complaints(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, path) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId?.startsWith('sync-lens/') || m.ruleId === 'no-restricted-syntax')
    .map((m) => `${m.ruleId}: ${m.message}`);
}

describe('lint: imports run down the floors', () => {
  it('keeps the planner sealed, even from the words', async () => {
    expect(
      await complaints('utils/sync/new.ts', "import type { Said } from '../i18n/said.ts';\nexport type X = Said;"),
    ).toEqual([expect.stringContaining('utils/sync imports nothing outside itself')]);
    expect(
      await complaints(
        'utils/sync/new.ts',
        "import type { RetailCategory } from './model.ts';\nexport type X = RetailCategory;",
      ),
    ).toEqual([]);
  });

  it('refuses an import back up a floor, and one across a floor', async () => {
    expect(await complaints('utils/jobs/new.ts', "import { openDb } from '../db/open.ts';\nvoid openDb;")).toEqual([
      expect.stringContaining('utils/jobs (floor 4) may not import utils/db (floor 5)'),
    ]);
    expect(
      await complaints(
        'utils/retail/new.ts',
        "import { createEcomClient } from '../ecom/client.ts';\nvoid createEcomClient;",
      ),
    ).toEqual([expect.stringContaining('may not import utils/ecom')]);
    expect(
      await complaints('utils/db/new.ts', "import { isUnderway } from '../jobs/model.ts';\nvoid isUnderway;"),
    ).toEqual([]);
  });

  it('lets nothing import an entry point', async () => {
    expect(
      await complaints(
        'utils/engine/new.ts',
        "import { serveMessages } from '../../entrypoints/background/serve.ts';\nvoid serveMessages;",
      ),
    ).toEqual([expect.stringContaining('may not import entrypoints/background')]);
    expect(
      await complaints('entrypoints/popup/new.ts', "import { kick } from '../background/index.ts';\nvoid kick;"),
    ).toEqual([expect.stringContaining('may not import entrypoints/background')]);
  });

  it('gives the pages and the content script only types from the background floors', async () => {
    expect(
      await complaints('utils/overlay/new.ts', "import { runJobs } from '../engine/job-runner.ts';\nvoid runJobs;"),
    ).toEqual([expect.stringContaining('take only types from utils/engine')]);
    expect(
      await complaints(
        'entrypoints/admin.content/new.ts',
        "import { openDb } from '../../utils/db/open.ts';\nvoid openDb;",
      ),
    ).toEqual([expect.stringContaining('take only types from utils/db')]);
    expect(
      await complaints(
        'utils/overlay/new.ts',
        "import type { JobRequest } from '../engine/engine.ts';\nexport type X = JobRequest;",
      ),
    ).toEqual([]);
    expect(
      await complaints(
        'entrypoints/popup/new.ts',
        "import { isUnderway } from '../../utils/jobs/model.ts';\nvoid isUnderway;",
      ),
    ).toEqual([]);
  });

  it('keeps components from calling the background or the browser', async () => {
    expect(
      await complaints('components/overlay/New.tsx', "import { ask } from '../../utils/messaging/ask.ts';\nvoid ask;"),
    ).toEqual([expect.stringContaining('components draw what they are given')]);
    expect(await complaints('components/New.tsx', "import { browser } from 'wxt/browser';\nvoid browser;")).toEqual([
      expect.stringContaining('components draw what they are given'),
    ]);
    expect(
      await complaints('entrypoints/popup/new.ts', "import { ask } from '../../utils/messaging/ask.ts';\nvoid ask;"),
    ).toEqual([]);
  });
});

describe('lint: only the background serves messages', () => {
  const listen = 'browser.runtime.onMessage.addListener(() => undefined);';

  it('refuses a message listener anywhere else', async () => {
    expect(await complaints('utils/overlay/new.ts', listen)).toEqual([
      expect.stringContaining('Only the background serves messages'),
    ]);
    expect(await complaints('entrypoints/admin.content/new.ts', listen)).toHaveLength(1);
    expect(await complaints('entrypoints/background/new.ts', listen)).toEqual([]);
  });
});

describe('lint: no import runs in a circle', () => {
  it('finds a circle through the files on disk', async () => {
    // utils/jobs/step.ts imports model.ts: model.ts importing step.ts would close a circle.
    const model = readFileSync(resolve(ROOT, 'utils/jobs/model.ts'), 'utf8');
    expect(await complaints('utils/jobs/model.ts', `import './step.ts';\n${model}`)).toEqual([
      expect.stringContaining('import cycle: utils/jobs/model.ts → utils/jobs/step.ts → '),
    ]);
    expect(await complaints('utils/jobs/model.ts', model)).toEqual([]);
  });
});
