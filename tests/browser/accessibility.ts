import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The serious and critical WCAG 2.1 A/AA violations axe-core finds on the page as it is now
 * (dialogs and reports open included), one line each: rule, help, first elements and why.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page: page as never }).withTags(WCAG_TAGS).analyze();
  if (results.passes.length === 0) throw new Error('axe-core checked nothing on this page');
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => {
      const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ');
      const why = violation.nodes[0]?.any.map((check) => check.message).join('; ') ?? '';
      return `${violation.id} (${violation.impact}) ${violation.help} — ${targets} — ${why}`;
    });
}
