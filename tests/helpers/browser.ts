/**
 * Debian Chromium driven by playwright-core (test tools' own browser downloads do not work here).
 * The flags keep Chromium from calling home: with them, any request that leaves 127.0.0.1 is the
 * site's own doing, which the privacy tests assert never happens.
 */
import fs from 'node:fs';
import {chromium, type Browser, type BrowserContext, type Page, type Request} from 'playwright-core';

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

/** Requests that left the machine (anything not on 127.0.0.1, data: or blob:). */
export function externalRequests(requests: string[]): string[] {
  return requests.filter((url) => !/^(https?:\/\/127\.0\.0\.1(:\d+)?\/|data:|blob:|about:)/.test(url));
}
