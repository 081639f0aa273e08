import type { Page } from 'playwright-core';

/**
 * Opens a page and adds up its layout shifts (the Layout Instability API, as Core Web Vitals
 * reports CLS) until the page has settled: how much the content jumped while it arrived.
 */
export async function layoutShiftOf(page: Page, url: string): Promise<number> {
  await page.addInitScript(`
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  `);
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  return page.evaluate<number>('window.layoutShift');
}
