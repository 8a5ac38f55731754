/**
 * Debian Chromium driven by playwright-core (test tools' own browser downloads do not work here).
 * The flags keep Chromium from calling home: with them, any request that leaves 127.0.0.1 is the
 * site's own doing, which the privacy tests assert never happens.
 */
import fs from 'node:fs';
import {chromium, type Browser, type BrowserContext, type Locator, type Page, type Request} from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch(): Promise<Browser> {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: install Debian's "chromium" package (apt-get install chromium).`);
  }
  return chromium.launch({executablePath: chromiumPath, args: chromiumFlags, headless: true});
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  consoleErrors: string[];
  /** Every request the page made, as absolute URLs. */
  requests: string[];
}

/** A fresh context and page that records console errors, page errors and every request. */
export async function openPage(browser: Browser, options: {colorScheme?: 'light' | 'dark'; viewport?: {width: number; height: number}} = {}): Promise<WatchedPage> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? {width: 1280, height: 900},
    serviceWorkers: 'allow',
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  context.on('request', (request: Request) => requests.push(request.url()));
  return {page, context, consoleErrors, requests};
}

/**
 * Opens a route and waits until React has hydrated it, not just until the network is quiet.
 * "networkidle" alone is not enough on a busy machine: the route's chunks can arrive, the network
 * fall quiet for 500 ms while the main thread is still evaluating them, and a test then clicks a
 * control React has not wired yet or misses a chunk (such as a lazy code block) that hydration
 * requests. Docusaurus sets <html data-has-hydrated="true"> once the app has hydrated.
 */
export async function gotoHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url, {waitUntil: 'networkidle'});
  await waitForHydration(page);
}

/** Waits for Docusaurus' hydration mark on the current document (after a reload, for instance). */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached', timeout: 30_000});
}

/** Requests that left the machine (anything not on 127.0.0.1, data: or blob:). */
export function externalRequests(requests: string[]): string[] {
  return requests.filter((url) => !/^(https?:\/\/127\.0\.0\.1(:\d+)?\/|data:|blob:|about:)/.test(url));
}

/**
 * Types a query into the navbar search the way a reader does, key by key, and returns the
 * suggestions once the dropdown has been drawn for the whole query. The dropdown is redrawn for
 * every prefix typed ("a", "af", "aft", ...); clicking while a redraw is pending either picks a
 * suggestion for a prefix or loses the click on a replaced element. The "See all results" link
 * carries the query the dropdown was drawn for, so it tells when the last redraw has happened.
 */
export async function searchFor(page: Page, query: string): Promise<Locator> {
  const input = page.locator('input.navbar__search-input').first();
  await input.click();
  await input.fill(''); // a reader's next search on the same page starts from an empty box
  await input.pressSequentially(query, {delay: 20});
  await page.waitForFunction(
    (typed) => {
      const href = document.querySelector('a[href*="search/?q="]')?.getAttribute('href');
      return href != null && new URL(href, location.href).searchParams.get('q') === typed;
    },
    query,
    {timeout: 15_000},
  );
  const options = page.getByRole('option');
  await options.first().waitFor({state: 'visible', timeout: 15_000});
  return options;
}
