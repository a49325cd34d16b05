import type { TestPage } from './test-page.ts';

interface AxeResult {
  id: string;
  impact: string | null;
  nodes: Array<{ target: unknown }>;
}

/**
 * What axe-core finds wrong in `page` at `impacts` (serious and critical unless told), described: injected the
 * same way in both browsers, through the driver, since an extension page's CSP refuses the page's own eval.
 * `include` narrows it to parts of the page (the overlay's hosts on an admin page); absent, the whole page.
 */
export async function axeViolations(
  page: TestPage,
  options: { include?: string[]; impacts?: string[] } = {},
): Promise<string[]> {
  const { source } = await import('axe-core');
  await page.runSource(source);
  return page.evaluate(
    async ({ include, impacts }) => {
      const axe = (
        globalThis as unknown as {
          axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeResult[] }> };
        }
      ).axe;
      const present = include?.filter((selector) => document.querySelector(selector) !== null);
      if (present?.length === 0) return [];
      const context = present ? { include: present.map((selector) => [selector]) } : document;
      const { violations } = await axe.run(context, { resultTypes: ['violations'] });
      return violations
        .filter((violation) => impacts.includes(violation.impact ?? ''))
        .map(
          (violation) =>
            `${violation.id} (${violation.impact}): ${JSON.stringify(violation.nodes.map((node) => node.target))}`,
        );
    },
    { include: options.include ?? null, impacts: options.impacts ?? ['serious', 'critical'] },
  );
}
