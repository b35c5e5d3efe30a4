import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

const AXE_SOURCE = resolve(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js');

/**
 * Runs axe-core (WCAG 2.x A and AA rules) in the page and returns the serious and critical
 * violations. Taro keeps pages it has slid away in the DOM but hidden; axe skips hidden nodes.
 */
export const axeViolations = async (page: Page): Promise<AxeViolation[]> => {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_SOURCE });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<unknown> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  });
  const { violations } = result as { violations: AxeViolation[] };
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
};

/** One line per rule: id, impact, how many nodes and the first few targets, for a readable failure. */
export const describeViolations = (violations: AxeViolation[]): string =>
  violations
    .map(
      (v) =>
        `${v.id} [${v.impact}] ×${v.nodes.length}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    )
    .join('\n');
