/**
 * Section 2: page weight per page type in a build: the HTML, the JS its <script src> tags load
 * (the runtime and main bundles; route chunks are fetched later by the runtime and are not
 * counted, as in the stock figure), its stylesheets, each raw and gzip -9; plus what Chromium
 * actually fetched as JS on load, when a browser is at hand.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Browser, Page, Response} from 'playwright-core';
import {openPage} from '../../tests/helpers/browser';
import {listFiles} from '../../tests/helpers/paths';
import type {RunningServer} from '../../tests/helpers/server';
import {formatTable, heading, kb} from './format';
import {assetPath, newestBlogPost, pageFileCandidates, scriptSrcs, stylesheetHrefs} from './html';
import type {StockFigures} from './parse';
import {addSizes, sizeOfBuffer, sizeOfFile, zeroSize, type Size} from './sizes';

export interface PageSpec {
  label: string;
  route: string;
}

export interface PageWeight extends PageSpec {
  file?: string;
  html?: Size;
  js?: Size;
  css?: Size;
  jsFiles: string[];
  cssFiles: string[];
  missing: string[];
  /** JS Chromium fetched while loading the page (same origin), gzip -9 of each body. */
  loadedJs?: {size: Size; count: number};
}

/**
 * Opens a URL and waits until React has hydrated (Docusaurus sets <html data-has-hydrated=true>;
 * route chunks load before that) and the network is then idle. `networkidle` alone is not enough
 * on a busy machine: parsing main.js can take longer than its 500 ms quiet window.
 */
export async function gotoHydrated(page: Page, url: string, reload = false): Promise<void> {
  if (reload) await page.reload({waitUntil: 'load', timeout: 60_000});
  else await page.goto(url, {waitUntil: 'load', timeout: 60_000});
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached', timeout: 60_000});
  await page.waitForLoadState('networkidle', {timeout: 60_000});
}

/** The page whose first-load JS is held to the stock template's figure: a long guide page. */
export const budgetRoute = '/docs/trainee/clinical-protocol';

/** One page of each type: what the bench measures and the budget test checks. */
export function pageSpecs(buildDir: string): PageSpec[] {
  const blogDir = path.join(buildDir, 'blog');
  const blog = fs.existsSync(blogDir) ? newestBlogPost(listFiles(blogDir, (rel) => rel.endsWith('.html')).map((rel) => `blog/${rel}`)) : undefined;
  return [
    {label: 'home', route: '/'},
    {label: 'long doc page', route: budgetRoute},
    {label: 'tool page', route: '/docs/practitioner/consultation-checklist'},
    {label: 'math page', route: '/docs/trainee/needle-depth-by-region'},
    ...(blog ? [{label: 'blog post (newest)', route: blog}] : []),
  ];
}

export function findPageFile(buildDir: string, route: string): string | undefined {
  return pageFileCandidates(route).find((rel) => fs.existsSync(path.join(buildDir, rel)));
}

export function measurePage(buildDir: string, baseUrl: string, spec: PageSpec): PageWeight {
  const file = findPageFile(buildDir, spec.route);
  const result: PageWeight = {...spec, file, jsFiles: [], cssFiles: [], missing: []};
  if (!file) {
    result.missing.push(`${spec.route} (no ${pageFileCandidates(spec.route).join(' or ')})`);
    return result;
  }
  const html = fs.readFileSync(path.join(buildDir, file), 'utf8');
  const pageRoute = `${baseUrl.replace(/\/$/, '')}${spec.route}`;
  const collect = (urls: string[], into: string[]): Size => {
    let total = zeroSize;
    for (const url of urls) {
      const rel = assetPath(url, baseUrl, pageRoute);
      if (rel === undefined) continue; // another origin: not part of the site's weight
      const full = path.join(buildDir, rel);
      if (!fs.existsSync(full)) {
        result.missing.push(url);
        continue;
      }
      into.push(rel);
      total = addSizes(total, sizeOfFile(full));
    }
    return total;
  };
  result.html = sizeOfBuffer(Buffer.from(html, 'utf8'));
  result.js = collect(scriptSrcs(html), result.jsFiles);
  result.css = collect(stylesheetHrefs(html), result.cssFiles);
  return result;
}

/** Loads the page in Chromium and sums the same-origin scripts it fetched until the network is idle. */
export async function measureLoadedJs(browser: Browser, server: RunningServer, route: string): Promise<{size: Size; count: number}> {
  const {page, context} = await openPage(browser);
  const bodies: Promise<Buffer | undefined>[] = [];
  page.on('response', (response: Response) => {
    const request = response.request();
    if (request.resourceType() === 'script' && response.url().startsWith(server.origin) && response.ok()) {
      bodies.push(response.body().catch(() => undefined));
    }
  });
  try {
    await gotoHydrated(page, server.url(route));
    const loaded = (await Promise.all(bodies)).filter((b): b is Buffer => b !== undefined);
    return {size: addSizes(...loaded.map((b) => sizeOfBuffer(b))), count: loaded.length};
  } finally {
    await context.close();
  }
}

export function reportPageWeights(weights: PageWeight[], searchIndex: {rel: string; size: Size} | undefined, budgetPage: PageWeight | undefined, stock: StockFigures, buildLabel: string): string {
  const loaded = weights.some((w) => w.loadedJs);
  const headers = ['page type', 'route / file', 'doc raw', 'doc gz', 'script JS raw', 'script JS gz', 'CSS raw', 'CSS gz', 'total gz', ...(loaded ? ['JS loaded gz', 'JS files'] : [])];
  const rows = weights.map((w) => {
    const total = w.html && w.js && w.css ? addSizes(w.html, w.js, w.css) : undefined;
    return [
      w.label,
      w.route,
      kb(w.html?.raw),
      kb(w.html?.gz),
      kb(w.js?.raw),
      kb(w.js?.gz),
      kb(w.css?.raw),
      kb(w.css?.gz),
      kb(total?.gz),
      ...(loaded ? [kb(w.loadedJs?.size.gz), w.loadedJs?.count] : []),
    ];
  });
  if (searchIndex) {
    rows.push(['search index', searchIndex.rel, kb(searchIndex.size.raw), kb(searchIndex.size.gz), '', '', '', '', kb(searchIndex.size.gz), ...(loaded ? ['', ''] : [])]);
  }
  const lines = [
    heading(`2. Page weight per page type (${buildLabel}; KB = 1024 bytes; gz = gzip -9 per file)`),
    formatTable(headers, rows, ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right']),
    'doc = the HTML file (for the search index: the JSON, fetched by a worker when the search box is first focused or hovered).',
    'script JS = files of the <script src> tags in the HTML (first-load JS as in the stock figure; route chunks the runtime fetches are not in it).',
    'CSS = <link rel=stylesheet> files (site CSS, plus katex.min.css on math pages; KaTeX fonts not counted).',
  ];
  if (loaded) lines.push('JS loaded = every same-origin script Chromium fetched until network idle (1280x900, no service worker): the real first-load JS, route chunks included.');
  for (const w of weights) {
    if (w.missing.length) lines.push(`${w.label}: not found in the build: ${w.missing.join(', ')}`);
  }
  const budget = stock.docScriptJsGzKB * 1024;
  if (budgetPage?.js) {
    const gz = budgetPage.js.gz;
    lines.push(
      `budget: doc page (${budgetPage.route}) first-load script-tag JS ${kb(gz)} KB gz vs stock classic template ${stock.docScriptJsGzKB} KB gz: ` +
        `${gz <= budget ? 'within budget' : 'over budget'} (${gz <= budget ? '' : '+'}${kb(gz - budget)} KB)`,
    );
  } else {
    lines.push('budget: doc page not measured');
  }
  return lines.join('\n');
}
