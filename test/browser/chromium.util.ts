import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium; `.ci/run` installs it when missing. Nothing is downloaded by the tests. */
const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a headless Chromium that never tries to reach the internet. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(EXECUTABLE)) {
    throw new Error(
      `No Chromium at ${EXECUTABLE}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`,
    );
  }
  // Playwright gives every launch a fresh, empty profile of its own.
  return chromium.launch({ executablePath: EXECUTABLE, headless: true, args: FLAGS });
}

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/**
 * A new page in a fresh context (its own storage, so its own signed-in account), recording what
 * would show in the browser's console as an error: uncaught exceptions and blocked loads.
 */
export async function openPage(browser: Browser, baseURL: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ baseURL, viewport: DESKTOP });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    // A problem the API answered on purpose (404, 409) is logged by Chromium as a failed load; not a defect.
    if (message.type() === 'error' && !/status of 4\d\d/.test(message.text())) errors.push(message.text());
  });
  return { page, errors };
}
