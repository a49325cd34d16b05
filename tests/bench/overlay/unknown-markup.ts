import type { TestPage } from '../../e2e/support/driver/test-page.ts';
import type { Sandbox } from '../../../sandbox/server.ts';
import { adminUrl } from '../../e2e/support/overlay.ts';
import { median, type Figure } from './figures.ts';
import { longestTask } from './long-tasks.ts';
import { marks, passAfter } from './marks.ts';

/**
 * The same page on a markup Sync Lens does not know (`?markup=table`: hashed classes, ids only in links), where
 * the rows are found from the catalog: to every badge in place, and the longest task meanwhile. `page` is shown
 * and already has the marks and the long-task watch on.
 */
export async function unknownMarkup(
  page: TestPage,
  sandbox: Sandbox,
  rowCount: number,
  runs: number,
  noLongTasks: string | null,
): Promise<Figure[]> {
  const annotate: number[] = [];
  const longest: Array<number | null> = [];
  const ours: number[] = [];
  const finding: number[] = [];
  for (let run = 0; run < runs; run++) {
    await page.goto(adminUrl(sandbox, { markup: 'table' }));
    const pass = await passAfter(page, 0, (written) => written >= rowCount - 2);
    const from = Math.max(pass.status, pass.start);
    annotate.push(pass.end - from);
    longest.push(await longestTask(page, from, pass.end));
    ours.push(pass.slice);
    const found = (await marks(page)).filter((mark) => mark.name === 'catalog-rows' && (mark.detail?.rows ?? 0) > 0);
    finding.push(Math.max(0, ...found.map((mark) => mark.detail?.ms ?? 0)));
  }
  return [
    {
      name: `unknown markup: annotate ${rowCount} rows`,
      value: median(annotate),
      unit: 'ms',
      note: `?markup=table, rows found from the catalog → every badge in the DOM (median of ${runs})`,
    },
    {
      name: 'unknown markup: longest task',
      value: median(longest),
      unit: 'ms',
      note: noLongTasks ?? 'while annotating, ours (finding the rows is one pass) and the admin’s; aim < 50 ms',
    },
    {
      name: 'unknown markup: finding the rows',
      value: median(finding),
      unit: 'ms',
      note: 'one pass of utils/admin-dom/catalog-rows.ts over the page, the longest of the visit',
    },
    {
      name: 'unknown markup: longest slice of annotating',
      value: median(ours),
      unit: 'ms',
      note: 'putting the badges in, once the rows are found',
    },
  ];
}
