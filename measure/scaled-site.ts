/**
 * A synthetic copy of the site whose current edition has every page `factor` times (the copies are
 * `<page>-copy-N` beside the original, titled "... (copy N)"), made in a temporary folder for the
 * bench to measure search at a size the guide has not reached yet. Never committed; the caller
 * removes it.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import {listFiles} from './site';

const skipped = new Set(['node_modules', 'build', 'build-subpath', 'build-preview', '.docusaurus']);

export function makeScaledSite(siteDir: string, factor: number): {dir: string; pages: number} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `scaratlas-x${factor}-`));
  for (const entry of fs.readdirSync(siteDir)) {
    if (!skipped.has(entry)) fs.cpSync(path.join(siteDir, entry), path.join(dir, entry), {recursive: true});
  }
  fs.symlinkSync(path.join(siteDir, 'node_modules'), path.join(dir, 'node_modules'));
  const latest = (JSON.parse(fs.readFileSync(path.join(siteDir, 'versions.json'), 'utf8')) as string[])[0];
  const edition = path.join(dir, 'versioned_docs', `version-${latest}`);
  const pages = listFiles(edition, (rel) => /\.mdx?$/.test(rel) && !rel.split('/').some((part) => part.startsWith('_')));
  for (const rel of pages) {
    const source = fs.readFileSync(path.join(edition, rel), 'utf8');
    for (let n = 2; n <= factor; n += 1) {
      const copy = source.replace(/^title: (.*)$/m, (_line, title: string) => `title: ${JSON.stringify(`${yaml.load(title)} (copy ${n})`)}`);
      fs.writeFileSync(path.join(edition, rel.replace(/(\.mdx?)$/, `-copy-${n}$1`)), copy);
    }
  }
  return {dir, pages: pages.length * factor};
}

/** Builds a site folder with `docusaurus build`; wall time and the build process's peak memory (max RSS). */
export function buildSite(dir: string): {seconds: number; peakMb: number} {
  // The build reports its own peak from inside (Rspack's threads share the process), on exit.
  const peakFile = path.join(dir, '.peak-rss');
  const preload = path.join(dir, '.peak-rss.cjs');
  fs.writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(peakFile)}, String(process.resourceUsage().maxRSS)));\n`);
  const started = performance.now();
  const result = spawnSync(process.execPath, [path.join(dir, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs'), 'build'], {
    cwd: dir,
    env: {...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${preload}`},
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build of ${dir} failed:\n${(result.stderr || result.stdout).slice(-2000)}`);
  return {seconds: (performance.now() - started) / 1000, peakMb: Number(fs.readFileSync(peakFile, 'utf8')) / 1024};
}
