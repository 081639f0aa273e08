import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE } from './chromium.util';

/** Where the screenshots go, for a person to look at after a run (git-ignored). */
export const SCREENSHOTS = join(__dirname, '..', '..', 'test-results', 'screenshots');

/** Accessibility rules of WCAG 2.1 A and AA that axe-core checks. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Checks the page as it stands for serious accessibility violations, checks that nothing is wider
 * than a phone screen, and saves a full-page screenshot at phone and at desktop width.
 */
export async function showcase(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  // Only violations are read, so axe need not collect the details of everything that passed.
  const { violations } = await new AxeBuilder({ page })
    .withTags(WCAG)
    .options({ resultTypes: ['violations'] })
    .analyze();
  const serious = violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target).join(', ')})`,
    );
  expect({ page: name, serious }).toEqual({ page: name, serious: [] });

  mkdirSync(SCREENSHOTS, { recursive: true });
  // From the top, so the sticky header sits where a visitor sees it.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.setViewportSize(PHONE);
  // Evaluated in the page (the tests' own TypeScript has no DOM types).
  const widths = await page.evaluate<{ content: number; screen: number }>(
    '({ content: document.documentElement.scrollWidth, screen: document.documentElement.clientWidth })',
  );
  expect({ page: name, fitsPhone: widths.content <= widths.screen }).toEqual({ page: name, fitsPhone: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-phone.png`), fullPage: true, animations: 'disabled' });
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-desktop.png`), fullPage: true, animations: 'disabled' });
}
