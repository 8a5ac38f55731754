/**
 * Performance figures of the built site: `npm run bench` (build/ first: `npm run build`).
 *   weights     first-load JS and CSS per page type, against the budgets the tests hold
 *   search      a reader's first search on a phone: latency after the last key, bytes downloaded
 *   search-x10  the same on a synthetic site with the current edition ten times over (built in a
 *               temporary folder, about 2 minutes; its build time and peak memory are printed too)
 *   lighthouse  Lighthouse mobile, medians of 5 (TBT is noisy on 2 cores)
 * `--only=search` (or a comma list) runs some of them. It prints figures and fails only when it
 * cannot measure; the budgets are enforced by tests/build/budgets.test.ts, not here.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {baseUrl} from '../config/site';
import {launch} from '../measure/browser';
import {lighthouse} from '../measure/lighthouse';
import {cssGzBudget, measurePage, pageSpecs, sizeOf, stockFirstLoadJsGz} from '../measure/page-weight';
import {firstSearch, mobile} from '../measure/search-probe';
import {firstPartBudget} from '../src/plugins/search-in-two-steps/split';
import {serve} from '../measure/server';
import {makeScaledSite, buildSite} from '../measure/scaled-site';
import {buildDir, listFiles, siteDir} from '../measure/site';

const sections = ['weights', 'search', 'search-x10', 'lighthouse'] as const;
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const unknown = only?.filter((name) => !(sections as readonly string[]).includes(name)) ?? [];
if (unknown.length > 0) throw new Error(`unknown section(s) ${unknown.join(', ')}: choose from ${sections.join(', ')}`);
const wanted = (name: (typeof sections)[number]) => !only || only.includes(name);

const log = (line: string) => process.stderr.write(`· ${line}\n`);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  return cells.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')).join('\n');
}

/** "keloid" (answered by a scarring page) typed on a microneedling page, the home page and in the older edition. */
const query = 'keloid';
const answer = 'Hypertrophic and keloid scars';
function searchCases(): {where: string; route: string}[] {
  const older = (JSON.parse(fs.readFileSync(path.join(siteDir, 'versions.json'), 'utf8')) as string[])[1];
  const cases = [{where: 'guide page', route: '/docs/microneedling/aftercare'}, {where: 'home page', route: '/'}];
  return older ? [...cases, {where: `edition ${older}`, route: `/docs/${older}/microneedling/aftercare`}] : cases;
}

/** The root index's two parts, compressed, for the table headings. */
function indexSizes(root: string): string {
  const gz = (suffix: string) => listFiles(root, (rel) => new RegExp(`^search-index[^/]*\\.${suffix}\\.json$`).test(rel)).map((rel) => sizeOf(fs.readFileSync(path.join(root, rel))).gz)[0] ?? NaN;
  return `root index: first part ${kb(gz('first'))} KB gz of at most ${kb(firstPartBudget)}, rest ${kb(gz('rest'))} KB gz`;
}

async function searchTable(url: (route: string) => string): Promise<string> {
  const browser = await launch();
  const runs = 3;
  const rows: (string | number)[][] = [];
  try {
    for (const c of searchCases()) {
      const results = [];
      for (let n = 1; n <= runs; n += 1) {
        log(`search "${query}" on ${c.route}, run ${n}/${runs}`);
        results.push(await firstSearch(browser, url(c.route), query));
      }
      const rank = results[0]!.suggestions.findIndex((text) => text.includes(answer)) + 1;
      rows.push([c.where, `"${query}"`, median(results.map((r) => r.lastKeyMs)).toFixed(0), kb(median(results.map((r) => r.bytes))), rank || 'not shown']);
    }
  } finally {
    await browser.close();
  }
  return [
    `(${mobile.latencyMs} ms RTT, ${mobile.downloadBitsPerSecond / 1e6} Mbit/s, CPU x${mobile.cpuSlowdown}; median of ${runs}, fresh cache each)`,
    table(['typed on', 'query', 'ms after last key', 'KB downloaded', 'answer at'], rows),
  ].join('\n');
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(buildDir, 'index.html'))) throw new Error('no build/: run `npm run build` first');
  const [load1] = os.loadavg();
  console.log(`ScarAtlas bench ${new Date().toISOString()}: Node ${process.version}, ${os.cpus().length} cores, load ${load1!.toFixed(2)} at start`);
  const server = await serve({root: buildDir, baseUrl});
  try {
    if (wanted('weights')) {
      const weights = pageSpecs(buildDir).map((spec) => measurePage(buildDir, baseUrl, spec));
      const rows = weights.map((w) => [w.label, w.route, kb(w.html.gz), kb(w.js.gz), kb(w.css.gz)]);
      console.log(`\nPage weight (KB gzip -9; budgets: JS ${kb(stockFirstLoadJsGz)} = stock template, CSS ${kb(cssGzBudget)})`);
      console.log(table(['page', 'route', 'HTML', 'first-load JS', 'CSS'], rows));
    }

    if (wanted('search')) {
      console.log(`\nFirst search on a phone, today's size (${indexSizes(buildDir)})`);
      console.log(await searchTable(server.url.bind(server)));
    }

    if (wanted('search-x10')) {
      log('making and building the site ten times over ...');
      const scaled = makeScaledSite(siteDir, 10);
      try {
        const {seconds, peakMb} = buildSite(scaled.dir);
        const scaledServer = await serve({root: path.join(scaled.dir, 'build'), baseUrl});
        console.log(`\nFirst search on a phone, ten times today's content (${scaled.pages} pages in the current edition; built in ${seconds.toFixed(0)} s, peak memory ${peakMb.toFixed(0)} MB; ${indexSizes(path.join(scaled.dir, 'build'))})`);
        console.log(await searchTable(scaledServer.url.bind(scaledServer)).finally(() => scaledServer.close()));
      } finally {
        fs.rmSync(scaled.dir, {recursive: true, force: true});
      }
    }

    if (wanted('lighthouse')) {
      const specs = pageSpecs(buildDir);
      const runs = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5); // 5: TBT is noisy on 2 cores
      const results = await lighthouse(specs.map((spec) => server.url(spec.route)), runs, log);
      const rows = specs.map((spec) => {
        const r = results.get(server.url(spec.route))!;
        return [spec.label, median(r.map((x) => x.performance)), median(r.map((x) => x.accessibility)), median(r.map((x) => x.lcpMs)).toFixed(0), median(r.map((x) => x.tbtMs)).toFixed(0), median(r.map((x) => x.cls)).toFixed(3)];
      });
      console.log(`\nLighthouse 12 mobile (simulated throttling), gzip server, medians of ${runs}`);
      console.log(table(['page', 'perf', 'a11y', 'LCP ms', 'TBT ms', 'CLS'], rows));
    }
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
