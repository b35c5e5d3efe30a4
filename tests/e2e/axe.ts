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

/** Visible tappable elements (buttons, links, role=button/checkbox) smaller than 44×44 CSS px. */
export const smallTouchTargets = (page: Page, minPx = 44): Promise<string[]> =>
  page.evaluate((min) => {
    const selector = 'button, taro-button-core, a[href], [role="button"], [role="checkbox"], input, textarea';
    return (
      Array.from(document.querySelectorAll<HTMLElement>(selector))
        .filter((el) => el.offsetParent !== null || getComputedStyle(el).position === 'fixed')
        .filter((el) => el.getAttribute('aria-hidden') !== 'true')
        // A native input inside Taro's input element: the box one taps is the Taro element's.
        .map((el) => ({ el, box: (el.closest('taro-input-core, taro-textarea-core') ?? el).getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.width < min - 0.5 || box.height < min - 0.5))
        .map(
          ({ el, box }) =>
            `${(el.textContent ?? '').trim().slice(0, 12) || el.className} ${Math.round(box.width)}×${Math.round(box.height)}`,
        )
    );
  }, minPx);

/**
 * Elements wider than the viewport or whose text is cut off (horizontal overflow), for the enlarged-font
 * check. A table that scrolls sideways within the screen is not cut: its columns are reached by scrolling.
 */
export const overflowing = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    const inSideScroller = (el: HTMLElement) => {
      const table = el.closest<HTMLElement>('[role="table"]');
      if (!table || table === el) return false;
      const scrolls = ['auto', 'scroll'].includes(getComputedStyle(table).overflowX);
      return scrolls && table.getBoundingClientRect().right <= width + 1;
    };
    if (document.documentElement.scrollWidth > width + 1)
      found.push(`page ${document.documentElement.scrollWidth}px wide`);
    for (const el of Array.from(
      document.querySelectorAll<HTMLElement>('.taro_page_stationed *, #taro-navigation-bar *'),
    )) {
      if (el.offsetParent === null || inSideScroller(el)) continue;
      const box = el.getBoundingClientRect();
      if (box.right > width + 1 && box.width > 0)
        found.push(`${el.className || el.tagName} right=${Math.round(box.right)}`);
    }
    return found.slice(0, 10);
  });
