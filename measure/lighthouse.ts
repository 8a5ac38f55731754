/**
 * Lighthouse 12 (default config: mobile form factor, simulated throttling) through its Node API, in
 * Debian Chromium with the tests' flags. Lighthouse and chrome-launcher are ES modules only: Node
 * 20.19+ can require() them, which also works under jiti (whose import() rewrite would not).
 */
import {createRequire} from 'node:module';
import {chromiumFlags, chromiumPath} from './browser';

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

type Lhr = {categories: Record<string, {score: number | null}>; audits: Record<string, {numericValue?: number}>; runtimeError?: {message: string}};
type Lighthouse = (url: string, flags: Record<string, unknown>) => Promise<{lhr: Lhr} | undefined>;
type ChromeLauncher = {launch: (options: {chromePath: string; chromeFlags: string[]}) => Promise<{port: number; kill: () => unknown}>};

const load = createRequire(__filename);

/** Runs every URL `runs` times, interleaved (run 1 of every page, then run 2...), so load spikes spread out. */
export async function lighthouse(urls: string[], runs: number, log: (line: string) => void): Promise<Map<string, LighthouseRun[]>> {
  const run = (load('lighthouse') as {default: Lighthouse}).default;
  const chrome = await (load('chrome-launcher') as ChromeLauncher).launch({chromePath: chromiumPath, chromeFlags: chromiumFlags});
  const results = new Map(urls.map((url) => [url, [] as LighthouseRun[]]));
  try {
    for (let n = 1; n <= runs; n += 1) {
      for (const url of urls) {
        log(`lighthouse ${n}/${runs}: ${url}`);
        const lhr = (await run(url, {port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility']}))?.lhr;
        if (!lhr || lhr.runtimeError) throw new Error(`lighthouse failed on ${url}: ${lhr?.runtimeError?.message ?? 'no result'}`);
        results.get(url)!.push({
          performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
          lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
          tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
          cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
        });
      }
    }
  } finally {
    await chrome.kill();
  }
  return results;
}
