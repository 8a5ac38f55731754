/**
 * Performance figures for ScarAtlas: `npm run bench` (about 10 minutes on 2 cores).
 *   1. cold build time, faster pipeline against webpack (temporary out dirs; build/ untouched)
 *   2. page weight per page type (build/)
 *   3. Lighthouse mobile, medians of 5 (build/ behind the gzip test server)
 *   4. search latency in Chromium, search index size against the indexed text
 * It prints figures and never fails on slow numbers. build/ is built first if missing.
 * Options: --sections=1,2,3,4 (default all), --keep (keep the temporary builds).
 * Progress goes to stderr, the tables to stdout.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Browser} from 'playwright-core';
import {baseUrl} from '../config/site';
import {launch} from '../tests/helpers/browser';
import {buildDir, listFiles, siteDir} from '../tests/helpers/paths';
import {serve, type RunningServer} from '../tests/helpers/server';
import {coldBuild, makeWorkDir, reportBuilds, type BuildRun} from './bench/build-time';
import {heading} from './bench/format';
import {runLighthouse, reportLighthouse} from './bench/lighthouse';
import {budgetRoute, measureLoadedJs, measurePage, pageSpecs, reportPageWeights, type PageWeight} from './bench/page-weight';
import {defaultStockFigures, parseStockFigures, type StockFigures} from './bench/parse';
import {runLogged} from './bench/process';
import {measureIndexes, measureSearch, reportSearch} from './bench/search';
import {sizeOfFile} from './bench/sizes';

const toolchainFile = '/work/shared/toolchain.md';
const lighthouseRuns = 5; // toolchain.md: TBT is noisy on 2 cores, take medians of 5
const searchRuns = 5;
const searchQuery = 'isotretinoin';

const log = (line: string) => process.stderr.write(`· ${line}\n`);
const print = (text: string) => console.log(text);

function readStock(): StockFigures {
  try {
    return parseStockFigures(fs.readFileSync(toolchainFile, 'utf8'));
  } catch {
    return defaultStockFigures;
  }
}

/**
 * Other work on the machine skews every figure here: say how busy it was. Only the reading at the
 * start can tell other work apart; later readings include the bench's own builds and browsers.
 */
function loadLine(when: string): string {
  const [one, five] = os.loadavg();
  const atStart = when === 'at start';
  const busy = atStart && (one ?? 0) > os.cpus().length * 0.75 ? ' (busy: other work was running; treat timings with care)' : '';
  return `machine load ${when}: ${one?.toFixed(2)} (1 min), ${five?.toFixed(2)} (5 min)${busy}${atStart ? '' : ' (includes the bench itself)'}`;
}

function parseSections(argv: string[]): Set<number> {
  const arg = argv.find((a) => a.startsWith('--sections='));
  if (!arg) return new Set([1, 2, 3, 4]);
  return new Set(arg.slice('--sections='.length).split(',').map(Number).filter((n) => n >= 1 && n <= 4));
}

async function main(): Promise<void> {
  const sections = parseSections(process.argv.slice(2));
  const keep = process.argv.includes('--keep');
  const stock = readStock();
  const started = performance.now();
  print(`ScarAtlas bench: ${new Date().toISOString()}, Node ${process.version}, ${os.cpus().length} cores, baseUrl ${baseUrl}`);
  print(loadLine('at start'));
  if (!stock.fromFile) print(`(${toolchainFile} missing or without the expected figures: stock figures are the built-in copy)`);

  // 1. Build time --------------------------------------------------------------------------------
  let workDir: string | undefined;
  if (sections.has(1)) {
    workDir = makeWorkDir();
    const runs: BuildRun[] = [];
    for (const bundler of ['faster', 'webpack'] as const) runs.push(coldBuild(siteDir, bundler, workDir, log));
    print(reportBuilds(runs, stock));
    print(loadLine('after the builds'));
    if (!keep && runs.every((r) => r.ok)) {
      fs.rmSync(workDir, {recursive: true, force: true});
      workDir = undefined;
    } else {
      for (const r of keep ? [] : runs) fs.rmSync(r.outDir, {recursive: true, force: true});
      print(`build logs${keep ? ' and temporary builds' : ''} kept in ${workDir}`);
    }
  }

  // build/ for sections 2-4 ---------------------------------------------------------------------
  const needSite = [2, 3, 4].some((s) => sections.has(s));
  let siteReady = fs.existsSync(path.join(buildDir, 'index.html'));
  if (needSite && !siteReady) {
    log('build/ is missing: npm run build ...');
    const logDir = workDir ?? makeWorkDir();
    const result = runLogged('npm', ['run', 'build'], {cwd: siteDir, logFile: path.join(logDir, 'npm-run-build.log')});
    siteReady = result.ok;
    print(result.ok ? `\n(build/ was missing: built it with npm run build in ${result.seconds.toFixed(1)} s)` : `\nnpm run build failed, sections 2-4 skipped: ${result.error}`);
  }

  if (needSite && siteReady) {
    const pages = pageSpecs(buildDir);
    const server: RunningServer = await serve({root: buildDir, baseUrl});
    let browser: Browser | undefined;
    let browserError: string | undefined;
    try {
      if (sections.has(2) || sections.has(4)) {
        try {
          browser = await launch();
        } catch (error) {
          browserError = (error as Error).message.split('\n')[0];
        }
      }

      // 2. Page weight ---------------------------------------------------------------------------
      if (sections.has(2)) {
        log('page weight ...');
        const weights: PageWeight[] = pages.map((spec) => measurePage(buildDir, baseUrl, spec));
        if (browser) {
          for (const w of weights) {
            if (!w.file) continue;
            try {
              w.loadedJs = await measureLoadedJs(browser, server, w.route);
            } catch (error) {
              w.missing.push(`(Chromium load failed: ${(error as Error).message.split('\n')[0]})`);
            }
          }
        }
        const rootIndex = listFiles(buildDir, (rel) => /^search-index[^/]*\.json$/.test(rel))[0];
        const searchIndex = rootIndex ? {rel: rootIndex, size: sizeOfFile(path.join(buildDir, rootIndex))} : undefined;
        const budgetPage = weights.find((w) => w.route === budgetRoute);
        print(reportPageWeights(weights, searchIndex, budgetPage, stock, 'build/, default faster pipeline'));
        if (browserError) print(`JS loaded in Chromium not measured: ${browserError}`);
      }

      // 3. Lighthouse ----------------------------------------------------------------------------
      if (sections.has(3)) {
        // Lighthouse gets the machine to itself: close the playwright browser first.
        await browser?.close();
        browser = undefined;
        const lhPages = pages.filter((p) => p.label !== 'math page');
        const {results, fatal} = await runLighthouse(server, lhPages, lighthouseRuns, log);
        print(reportLighthouse(results, lighthouseRuns, fatal));
        print(loadLine('after Lighthouse'));
      }

      // 4. Search --------------------------------------------------------------------------------
      if (sections.has(4)) {
        if (!browser && !browserError) {
          try {
            browser = await launch();
          } catch (error) {
            browserError = (error as Error).message.split('\n')[0];
          }
        }
        const runs = browser ? await measureSearch(browser, server, searchQuery, searchRuns, log) : [];
        log('search index sizes ...');
        print(reportSearch(searchQuery, runs, measureIndexes(buildDir), stock, browser ? undefined : browserError));
      }
    } finally {
      await browser?.close();
      await server.close();
    }
  } else if (needSite) {
    print(heading('2-4. skipped: no build/'));
  }

  print(`\n${loadLine('at end')}`);
  print(`bench finished in ${((performance.now() - started) / 1000 / 60).toFixed(1)} min`);
}

main().catch((error: unknown) => {
  // A bench prints figures; an unexpected crash is still reported, with a non-zero exit.
  console.error(error);
  process.exitCode = 1;
});
