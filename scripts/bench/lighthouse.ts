/**
 * Section 3: Lighthouse 12 (default config = mobile form factor, simulated throttling) through its
 * Node API, in Debian Chromium started by chrome-launcher with the test suite's flags, against the
 * gzip static server. Runs are interleaved across pages (run 1 of every page, then run 2, ...).
 */
import {createRequire} from 'node:module';
import {chromiumFlags, chromiumPath} from '../../tests/helpers/browser';
import type {RunningServer} from '../../tests/helpers/server';
import {fixed, formatTable, heading} from './format';
import {summarizeLighthouse, type LighthouseResultLike, type LighthouseSummary} from './parse';
import type {PageSpec} from './page-weight';
import {median} from './stats';

type LighthouseFn = (url: string, flags: Record<string, unknown>) => Promise<{lhr: LighthouseResultLike} | undefined>;
interface LaunchedChrome {
  port: number;
  kill: () => unknown;
}
interface ChromeLauncherModule {
  launch: (options: {chromePath: string; chromeFlags: string[]; logLevel?: string}) => Promise<LaunchedChrome>;
}

/**
 * Loads an ES-only package. Under jiti, `await import('lighthouse')` is rewritten into a require of
 * transpiled code, which fails on lighthouse's `import.meta`; Node >= 20.19 can `require()` ES
 * modules natively, so try that first, then a real dynamic import (other runners).
 */
export async function importEsm<T>(name: string): Promise<T> {
  try {
    return createRequire(__filename)(name) as T;
  } catch (requireError) {
    try {
      const specifier: string = name;
      return (await import(specifier)) as T;
    } catch (importError) {
      throw new Error(
        `cannot load "${name}": require(esm) said ${(requireError as Error).message.split('\n')[0]}; import() said ${(importError as Error).message.split('\n')[0]} (Node >= 20.19 loads it)`,
      );
    }
  }
}

export interface LighthousePageResult extends PageSpec {
  runs: LighthouseSummary[];
  errors: string[];
}

export async function runLighthouse(server: RunningServer, pages: PageSpec[], runsPerPage: number, log: (line: string) => void): Promise<{results: LighthousePageResult[]; fatal?: string}> {
  const results: LighthousePageResult[] = pages.map((p) => ({...p, runs: [], errors: []}));
  let chrome: LaunchedChrome | undefined;
  try {
    const lighthouseModule = await importEsm<{default: LighthouseFn}>('lighthouse');
    const chromeLauncher = await importEsm<ChromeLauncherModule>('chrome-launcher');
    chrome = await chromeLauncher.launch({chromePath: chromiumPath, chromeFlags: chromiumFlags, logLevel: 'silent'});
    for (let run = 1; run <= runsPerPage; run += 1) {
      for (const result of results) {
        log(`lighthouse run ${run}/${runsPerPage}: ${result.route}`);
        try {
          const runner = await lighthouseModule.default(server.url(result.route), {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
          });
          if (!runner) throw new Error('lighthouse returned no result');
          if (runner.lhr.runtimeError) throw new Error(`${runner.lhr.runtimeError.code}: ${runner.lhr.runtimeError.message}`);
          result.runs.push(summarizeLighthouse(runner.lhr));
        } catch (error) {
          result.errors.push(`run ${run}: ${(error as Error).message.split('\n')[0]}`);
        }
      }
    }
    return {results};
  } catch (error) {
    return {results, fatal: (error as Error).stack ?? String(error)};
  } finally {
    try {
      await chrome?.kill();
    } catch {
      // already gone
    }
  }
}

export function reportLighthouse(results: LighthousePageResult[], runsPerPage: number, fatal?: string): string {
  const med = (r: LighthousePageResult, key: keyof LighthouseSummary) => median(r.runs.map((s) => s[key]).filter((v): v is number => v !== undefined));
  const rows = results.map((r) => [
    r.label,
    r.route,
    fixed(med(r, 'performance')),
    fixed(med(r, 'accessibility')),
    fixed(med(r, 'bestPractices')),
    fixed(med(r, 'seo')),
    fixed(med(r, 'lcpMs')),
    fixed(med(r, 'tbtMs')),
    fixed(med(r, 'cls'), 3),
    r.runs.map((s) => fixed(s.performance)).join('/') || undefined,
    `${r.runs.length}/${runsPerPage}`,
  ]);
  const lines = [
    heading(`3. Lighthouse 12 mobile (default config, simulated throttling), gzip server on 127.0.0.1, medians of ${runsPerPage}`),
    formatTable(
      ['page type', 'route', 'perf', 'a11y', 'best-pr', 'SEO', 'LCP (ms)', 'TBT (ms)', 'CLS', 'perf per run', 'runs ok'],
      rows,
      ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
    ),
    'stock classic template (toolchain.md): home 91, a math doc page 74 (LCP 3.3 s, TBT 700 ms) mobile behind gzip.',
  ];
  if (fatal) lines.push(`lighthouse could not run: ${fatal}`);
  for (const r of results) for (const e of r.errors) lines.push(`${r.route}: ${e}`);
  return lines.join('\n');
}
