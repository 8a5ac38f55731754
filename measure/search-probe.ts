/**
 * The first search of a reader on a phone: open a page under Lighthouse's mobile conditions
 * (150 ms round trip, 1.6 Mbit/s down, CPU slowed 4x), click the navbar search box (the plugin
 * starts loading the index on hover and focus), type the query at 20 ms a key, and time, inside the
 * page, from the last keydown to the first frame showing a suggestion rendered after it. The click
 * comes once the page is idle (its idle-time prefetches done), as for a reader who has had the page
 * open for a moment. Bytes are the responses completed from then to that frame (compressed body and
 * headers, the worker's index fetch included). Each run is a fresh context with an empty cache and
 * no service worker.
 */
import type {Browser, BrowserContext, Request} from 'playwright-core';

export const mobile = {latencyMs: 150, downloadBitsPerSecond: 1.6e6, uploadBitsPerSecond: 675e3, cpuSlowdown: 4};

/**
 * Compressed bytes a first search may download (tests/browser/search-budget.test.ts): what it took
 * when the index was split (the search box's scripts and the index's first part: 97 KB on the
 * aftercare page), with a little room. Raise it only with the bench's figures in hand.
 */
export const firstSearchBytesBudget = 110 * 1024;

export interface FirstSearch {
  /** ms from the last keydown to the first suggestion drawn after it. */
  lastKeyMs: number;
  /** Compressed bytes received from the click on the box to that suggestion. */
  bytes: number;
  /** The suggestions' text (heading or title, then the page it is on), in order. */
  suggestions: string[];
}

type Probe = {lastKey: number | null; answered: number | null};

/** Runs in the page before its own scripts: notes the last keydown and the first suggestion after it. */
function installProbe(): void {
  const probe: Probe = {lastKey: null, answered: null};
  (window as unknown as {__probe: Probe}).__probe = probe;
  document.addEventListener('keydown', () => Object.assign(probe, {lastKey: performance.now(), answered: null}), true);
  new MutationObserver(() => {
    const changedAt = performance.now();
    requestAnimationFrame(() => {
      const option = document.querySelector('[role="option"]');
      if (!option || option.getBoundingClientRect().height === 0) return;
      if (probe.lastKey !== null && changedAt > probe.lastKey && probe.answered === null) probe.answered = performance.now();
    });
  }).observe(document, {childList: true, subtree: true});
}

export interface ProbeOptions {
  /** Lighthouse's mobile network and CPU (default); off, the probe measures bytes quickly. */
  throttle?: boolean;
  /** Runs before the page opens: a test can change what the site serves. */
  prepare?: (context: BrowserContext) => Promise<unknown>;
}

export async function firstSearch(browser: Browser, url: string, query: string, {throttle = true, prepare}: ProbeOptions = {}): Promise<FirstSearch> {
  const context = await browser.newContext({serviceWorkers: 'block', viewport: {width: 412, height: 823}, isMobile: true, hasTouch: true});
  try {
    await prepare?.(context);
    const page = await context.newPage();
    await context.addInitScript(installProbe);
    if (throttle) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: mobile.latencyMs,
        downloadThroughput: mobile.downloadBitsPerSecond / 8,
        uploadThroughput: mobile.uploadBitsPerSecond / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', {rate: mobile.cpuSlowdown});
    }
    await page.goto(url, {waitUntil: 'networkidle', timeout: 120_000});
    await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached', timeout: 60_000});
    // A reader who has had the page open for a moment: its idle-time prefetches are done.
    await page.waitForTimeout(1000);
    await page.waitForLoadState('networkidle', {timeout: 120_000});

    // Responses completed from here on (the search worker's index fetches included), compressed
    // body plus headers.
    let counting = true;
    const sizes: Promise<number>[] = [];
    context.on('requestfinished', (request: Request) => {
      if (counting) sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize, () => 0));
    });
    const input = page.locator('input.navbar__search-input').first();
    await input.click();
    await input.pressSequentially(query, {delay: 20});
    await page.waitForFunction(() => (window as unknown as {__probe: Probe}).__probe.answered !== null, undefined, {timeout: 60_000});
    counting = false;
    const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    const probe = await page.evaluate(() => (window as unknown as {__probe: Probe}).__probe);
    const suggestions = await page.$$eval('[role="option"]', (options) => options.map((option) => (option.textContent ?? '').replace(/\s+/g, ' ').trim()));
    return {lastKeyMs: probe.answered! - probe.lastKey!, bytes, suggestions};
  } finally {
    await context.close();
  }
}
