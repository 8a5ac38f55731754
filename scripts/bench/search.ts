/**
 * Section 4: search latency in Chromium and the size of the search indexes against the text they
 * index.
 *
 * Latency: on the home page, once hydrated, click the navbar search box (this starts the index
 * download in a worker), type the query at 20 ms a key, and time, inside the page, from the last
 * keydown to the first frame in which a `[role="option"]` is visible and was rendered after that
 * keydown (the autocomplete drops results of superseded queries, so that render is the final
 * query's). Run 1 is a fresh browser context; runs 2+ reload the page.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Browser, Request} from 'playwright-core';
import {listFiles} from '../../tests/helpers/paths';
import {openPage} from '../../tests/helpers/browser';
import type {RunningServer} from '../../tests/helpers/server';
import {fixed, formatTable, heading, kb} from './format';
import {gotoHydrated} from './page-weight';
import {htmlToText} from './html';
import type {StockFigures} from './parse';
import {addSizes, sizeOfFile, type Size} from './sizes';
import {median, ratio} from './stats';

export const searchInputSelector = 'input.navbar__search-input';

export interface SearchRun {
  /** ms from the first to the last keydown (how long the typing itself took). */
  typingMs?: number;
  /** ms from the last keydown to the final query's first visible option. */
  lastKeyMs?: number;
  /** ms from focusing the box (the index download starts on hover/focus) to the first visible option of any query. */
  focusMs?: number;
  /** ms the search-index request took (request start to response end), as Chromium timed it. */
  indexFetchMs?: number;
  error?: string;
}

interface BenchProbe {
  focus: number | null;
  firstKey: number | null;
  lastKey: number | null;
  firstOption: number | null;
  afterLastKey: number | null;
}

/** Installed before any page script: records focus, keydowns and option renders with performance.now(). */
function installProbe(selector: string): void {
  const w = window as unknown as {__searchProbe: BenchProbe};
  const probe: BenchProbe = {focus: null, firstKey: null, lastKey: null, firstOption: null, afterLastKey: null};
  w.__searchProbe = probe;
  const isInput = (target: EventTarget | null) => target instanceof Element && target.matches(selector);
  document.addEventListener('focusin', (e) => {
    if (isInput(e.target) && probe.focus === null) probe.focus = performance.now();
  }, true);
  document.addEventListener('keydown', (e) => {
    if (isInput(e.target)) {
      probe.lastKey = performance.now();
      if (probe.firstKey === null) probe.firstKey = probe.lastKey;
      probe.afterLastKey = null;
    }
  }, true);
  const optionVisible = () => {
    const option = document.querySelector('[role="option"]');
    if (!option) return false;
    const box = option.getBoundingClientRect();
    const style = getComputedStyle(option);
    return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
  };
  new MutationObserver(() => {
    if (probe.focus === null) return;
    const mutatedAt = performance.now();
    requestAnimationFrame(() => {
      if (!optionVisible()) return;
      const now = performance.now();
      if (probe.firstOption === null) probe.firstOption = now;
      if (probe.lastKey !== null && mutatedAt > probe.lastKey && probe.afterLastKey === null) probe.afterLastKey = now;
    });
  }).observe(document, {childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class', 'aria-expanded']});
}

export async function measureSearch(browser: Browser, server: RunningServer, query: string, runs: number, log: (line: string) => void): Promise<SearchRun[]> {
  const results: SearchRun[] = [];
  const {page, context} = await openPage(browser);
  let indexFetches: number[] = [];
  context.on('requestfinished', (request: Request) => {
    if (/search-index[^/]*\.json/.test(request.url())) {
      const timing = request.timing();
      if (timing.responseEnd >= 0) indexFetches.push(timing.responseEnd);
    }
  });
  try {
    await context.addInitScript(installProbe, searchInputSelector);
    for (let run = 1; run <= runs; run += 1) {
      log(`search run ${run}/${runs}`);
      indexFetches = [];
      try {
        await gotoHydrated(page, server.url('/'), run > 1);
        const input = page.locator(searchInputSelector).first();
        await input.click();
        await input.pressSequentially(query, {delay: 20});
        await page.waitForFunction(() => (window as unknown as {__searchProbe: BenchProbe}).__searchProbe.afterLastKey !== null, undefined, {timeout: 30_000});
        const probe = await page.evaluate(() => (window as unknown as {__searchProbe: BenchProbe}).__searchProbe);
        results.push({
          typingMs: probe.firstKey !== null && probe.lastKey !== null ? probe.lastKey - probe.firstKey : undefined,
          lastKeyMs: probe.afterLastKey! - probe.lastKey!,
          focusMs: probe.firstOption !== null && probe.focus !== null ? probe.firstOption - probe.focus : undefined,
          indexFetchMs: indexFetches.length ? Math.max(...indexFetches) : undefined,
        });
      } catch (error) {
        results.push({error: (error as Error).message.split('\n')[0]});
      }
    }
  } finally {
    await context.close();
  }
  return results;
}

export interface IndexSizes {
  indexes: {rel: string; size: Size}[];
  total: Size;
  htmlFiles: number;
  textBytes: number;
}

/** Every search-index*.json in the build, and the visible text of every HTML page in it. */
export function measureIndexes(buildDir: string): IndexSizes {
  const indexes = listFiles(buildDir, (rel) => /(^|\/)search-index[^/]*\.json$/.test(rel)).map((rel) => ({rel, size: sizeOfFile(path.join(buildDir, rel))}));
  const html = listFiles(buildDir, (rel) => rel.endsWith('.html'));
  const textBytes = html.reduce((sum, rel) => sum + Buffer.byteLength(htmlToText(fs.readFileSync(path.join(buildDir, rel), 'utf8')), 'utf8'), 0);
  return {indexes, total: addSizes(...indexes.map((i) => i.size)), htmlFiles: html.length, textBytes};
}

export function reportSearch(query: string, runs: SearchRun[], indexes: IndexSizes, stock: StockFigures, browserError?: string): string {
  const lines = [heading('4. Search')];
  if (browserError) {
    lines.push(`latency not measured: ${browserError}`);
  } else {
    const values = (list: SearchRun[], key: keyof Omit<SearchRun, 'error'>) => list.map((r) => r[key]).filter((v): v is number => v !== undefined);
    const summary = (label: string, list: SearchRun[], count: string) => [
      label,
      fixed(median(values(list, 'lastKeyMs'))),
      fixed(median(values(list, 'focusMs'))),
      fixed(median(values(list, 'typingMs'))),
      fixed(median(values(list, 'indexFetchMs'))),
      count,
    ];
    const warm = runs.slice(1);
    const ok = (list: SearchRun[]) => list.filter((r) => r.lastKeyMs !== undefined).length;
    const rows = [
      ...runs.map((r, i) => [
        `run ${i + 1}${i === 0 ? ' (fresh context)' : ' (reload)'}`,
        fixed(r.lastKeyMs),
        fixed(r.focusMs),
        fixed(r.typingMs),
        fixed(r.indexFetchMs),
        r.error ? 'failed' : 'ok',
      ]),
      summary('first run (index downloaded cold)', runs.slice(0, 1), `${ok(runs.slice(0, 1))}/1`),
      summary('warm runs, median', warm, `${ok(warm)}/${warm.length}`),
    ];
    lines.push(
      formatTable([`"${query}" on the home page`, 'last key -> option (ms)', 'focus -> option (ms)', 'typing (ms)', 'index fetch (ms)', 'runs'], rows, ['left', 'right', 'right', 'right', 'right', 'right']),
      'last key -> option: from the last keydown to the first frame showing an option rendered after it (what a reader waits for after typing).',
      'focus -> option: from focusing the box, which starts the index download in a worker, to the first option of any prefix of the query.',
      'typed at 20 ms a key after clicking the box once React has hydrated; a keystroke landing while the index still loads waits for it.',
      'warm runs re-download the index (the test server sends Cache-Control: no-cache without validators); only compile caches are warm.',
    );
    if (stock.searchMs !== undefined) lines.push(`stock classic template (toolchain.md): results about ${stock.searchMs} ms after the last keystroke.`);
    for (const [i, r] of runs.entries()) if (r.error) lines.push(`run ${i + 1}: ${r.error}`);
  }
  lines.push('');
  const indexRows: (string | undefined)[][] = indexes.indexes.map((i) => [i.rel, kb(i.size.raw), kb(i.size.gz)]);
  indexRows.push(['all indexes', kb(indexes.total.raw), kb(indexes.total.gz)]);
  lines.push(formatTable(['search index file', 'raw (KB)', 'gz (KB)'], indexRows, ['left', 'right', 'right']));
  const textRatio = ratio(indexes.total.gz, indexes.textBytes);
  lines.push(
    `text of all ${indexes.htmlFiles} HTML pages in build/ (tags, scripts, styles stripped; whitespace collapsed): ${kb(indexes.textBytes)} KB`,
    `ratio all indexes gz / text: ${fixed(textRatio, 2)}` +
      (indexes.indexes.length > 1 ? `; largest single index gz / text: ${fixed(ratio(Math.max(...indexes.indexes.map((i) => i.size.gz)), indexes.textBytes), 2)}` : ''),
  );
  lines.push('stock classic template (toolchain.md): index 22 KB gz, for the tiny template.');
  return lines.join('\n');
}
