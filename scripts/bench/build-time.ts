/**
 * Section 1: cold builds, faster pipeline (Rspack/SWC, the default) against webpack
 * (SCARATLAS_BUNDLER=webpack), each into its own temporary out dir; build/ is never touched.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {listFiles} from '../../tests/helpers/paths';
import {fixed, formatTable, heading} from './format';
import type {StockFigures} from './parse';
import {runLogged} from './process';
import {ratio} from './stats';

/** Build caches cleared before each cold build. KaTeX's generated static folder (scaratlas-static) is kept. */
export const buildCaches = ['.docusaurus', ...['webpack', 'rspack', '.rspack', 'babel-loader', 'terser-webpack-plugin', 'css-minimizer-webpack-plugin', 'swc'].map((c) => `node_modules/.cache/${c}`)];

export const targetSeconds = 90;

export interface BuildRun {
  label: string;
  bundler: 'faster' | 'webpack';
  outDir: string;
  ok: boolean;
  seconds?: number;
  maxRssMiB?: number;
  htmlPages?: number;
  /** Caches that existed and were removed before this build. */
  cleared: string[];
  error?: string;
}

export function clearBuildCaches(siteDir: string): string[] {
  const cleared: string[] = [];
  for (const rel of buildCaches) {
    const full = path.join(siteDir, rel);
    if (fs.existsSync(full)) {
      fs.rmSync(full, {recursive: true, force: true});
      cleared.push(rel);
    }
  }
  return cleared;
}

export function coldBuild(siteDir: string, bundler: 'faster' | 'webpack', workDir: string, log: (line: string) => void): BuildRun {
  const label = bundler === 'faster' ? 'faster (Rspack/SWC, default)' : 'webpack (SCARATLAS_BUNDLER=webpack)';
  const outDir = path.join(workDir, bundler);
  const cleared = clearBuildCaches(siteDir);
  log(`cleared ${cleared.join(', ') || 'nothing (no caches)'}; building ${label} into ${outDir} ...`);
  const env: NodeJS.ProcessEnv = {...process.env};
  delete env.SCARATLAS_PREVIEW; // always the full site
  if (bundler === 'webpack') env.SCARATLAS_BUNDLER = 'webpack';
  else delete env.SCARATLAS_BUNDLER;
  const result = runLogged('npx', ['docusaurus', 'build', '--out-dir', outDir], {
    cwd: siteDir,
    env,
    logFile: path.join(workDir, `${bundler}.log`),
    measureRss: true,
  });
  const htmlPages = result.ok && fs.existsSync(outDir) ? listFiles(outDir, (rel) => rel.endsWith('.html')).length : undefined;
  log(`  ${result.ok ? 'done' : 'FAILED'} in ${result.seconds.toFixed(1)} s`);
  return {
    label,
    bundler,
    outDir,
    ok: result.ok,
    seconds: result.ok ? result.seconds : undefined,
    maxRssMiB: result.maxRssKiB === undefined ? undefined : result.maxRssKiB / 1024,
    htmlPages,
    cleared,
    error: result.error,
  };
}

export function makeWorkDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'scaratlas-bench-'));
}

export function reportBuilds(runs: BuildRun[], stock: StockFigures): string {
  const faster = runs.find((r) => r.bundler === 'faster');
  const webpack = runs.find((r) => r.bundler === 'webpack');
  const rssMeasured = runs.some((r) => r.maxRssMiB !== undefined);
  const verdict = (r?: BuildRun) => (r?.seconds === undefined ? 'failed' : r.seconds < targetSeconds ? 'met' : 'missed');
  const headers = ['cold build', 'ScarAtlas (s)', ...(rssMeasured ? ['peak RSS (MiB)'] : []), 'HTML pages', `target < ${targetSeconds} s`, 'stock template (s)', ...(rssMeasured ? ['stock RSS (MiB)'] : [])];
  const row = (r: BuildRun | undefined, label: string, stockS: number, stockMiB?: number) => [
    label,
    fixed(r?.seconds, 1),
    ...(rssMeasured ? [fixed(r?.maxRssMiB, 0)] : []),
    r?.htmlPages,
    verdict(r),
    stockS.toFixed(1),
    ...(rssMeasured ? [fixed(stockMiB, 0)] : []),
  ];
  const speed = ratio(webpack?.seconds, faster?.seconds);
  const rss = ratio(webpack?.maxRssMiB, faster?.maxRssMiB);
  const rows = [
    row(faster, 'faster (Rspack/SWC, default)', stock.fasterSeconds, stock.fasterMiB),
    row(webpack, 'webpack (SCARATLAS_BUNDLER=webpack)', stock.webpackSeconds, stock.webpackMiB),
    [
      'ratio webpack / faster',
      speed === undefined ? undefined : `${speed.toFixed(2)}x`,
      ...(rssMeasured ? [rss === undefined ? undefined : `${rss.toFixed(2)}x`] : []),
      '',
      '',
      `${(stock.webpackSeconds / stock.fasterSeconds).toFixed(2)}x`,
      ...(rssMeasured && stock.fasterMiB && stock.webpackMiB ? [`${(stock.webpackMiB / stock.fasterMiB).toFixed(2)}x`] : rssMeasured ? [''] : []),
    ],
  ];
  const lines = [
    heading('1. Build time (cold: .docusaurus and bundler caches cleared before each build)'),
    formatTable(headers, rows, ['left', 'right', ...(rssMeasured ? ['right' as const] : []), 'right', 'left', 'right', ...(rssMeasured ? ['right' as const] : [])]),
    `target: full site under ${targetSeconds} s on 2 cores`,
    `stock = stock Docusaurus 3.10.2 classic template, same kind of machine (${stock.fromFile ? '/work/shared/toolchain.md' : 'built-in copy of /work/shared/toolchain.md'}); for reference only, a much smaller site.`,
    rssMeasured ? 'peak RSS: largest single process (GNU time -v), worker threads included.' : 'peak RSS: not measured (/usr/bin/time not found).',
    ...runs.map((r) => `cleared before the ${r.bundler} build: ${r.cleared.join(', ') || 'nothing (no caches present)'}`),
    'kept: node_modules/.cache/scaratlas-static (KaTeX assets, regenerated by every build anyway).',
    'the builds share .docusaurus and node_modules/.cache with any other build running in the repo at the same time: run the bench alone.',
    'order: faster first, then webpack; the OS file cache is warm for the second build.',
  ];
  for (const r of runs) if (!r.ok) lines.push(`${r.label}: ${r.error}`);
  return lines.join('\n');
}
