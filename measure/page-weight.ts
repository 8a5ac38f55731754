/**
 * What a page makes a phone download before it can run: the files of its `<script src>` tags (the
 * runtime and main bundles; route chunks come later, as in the stock figure) and its stylesheets,
 * each gzip -9. The budgets below are what tests/build/budgets.test.ts holds the build to, and what
 * `npm run bench` prints the figures against.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {parse} from 'node-html-parser';
import {listFiles} from './site';

/** First-load JS of a doc page of the stock classic template, measured on this kind of machine. */
export const stockFirstLoadJsGz = 158 * 1024;
/** The site's own stylesheets: a quarter of the stock ones (102 KB gz with KaTeX inlined). */
export const cssGzBudget = 40 * 1024;

export interface Size {
  raw: number;
  gz: number;
}

export function sizeOf(bytes: Buffer): Size {
  return {raw: bytes.length, gz: zlib.gzipSync(bytes, {level: 9}).length};
}

const sum = (sizes: Size[]): Size => sizes.reduce((a, b) => ({raw: a.raw + b.raw, gz: a.gz + b.gz}), {raw: 0, gz: 0});

export interface PageSpec {
  label: string;
  route: string;
}

/** One page of each type: home, a long guide page, a tool page, a math page and the newest story. */
export function pageSpecs(buildDir: string): PageSpec[] {
  const stories = listFiles(path.join(buildDir, 'blog'), (rel) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\.html$/.test(rel));
  const newest = stories[stories.length - 1];
  return [
    {label: 'home', route: '/'},
    {label: 'long doc page', route: '/docs/trainee/clinical-protocol'},
    {label: 'tool page', route: '/docs/practitioner/consultation-checklist'},
    {label: 'math page', route: '/docs/trainee/needle-depth-by-region'},
    ...(newest ? [{label: 'blog post (newest)', route: `/blog/${newest.replace(/\.html$/, '')}`}] : []),
    // The Spanish guide carries its own translations in each bundle: held to the same budgets.
    ...(fs.existsSync(path.join(buildDir, 'es', 'index.html'))
      ? [
          {label: 'Spanish home', route: '/es/'},
          {label: 'Spanish tool page', route: '/es/docs/microneedling/aftercare'},
        ]
      : []),
  ];
}

export interface PageWeight extends PageSpec {
  html: Size;
  js: Size;
  css: Size;
  jsFiles: string[];
  cssFiles: string[];
}

/** Weighs a built page; throws naming the page or asset that is missing. */
export function measurePage(buildDir: string, baseUrl: string, spec: PageSpec): PageWeight {
  const clean = spec.route.replace(/^\/+|\/+$/g, '');
  const file = (clean ? [`${clean}.html`, `${clean}/index.html`] : ['index.html']).find((rel) => fs.existsSync(path.join(buildDir, rel)));
  if (!file) throw new Error(`${spec.label}: no built page for ${spec.route} in ${buildDir}`);
  const html = fs.readFileSync(path.join(buildDir, file));
  const dom = parse(html.toString('utf8'));
  const local = (urls: (string | undefined)[]) =>
    urls
      .filter((url): url is string => !!url && !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url))
      .map((url) => decodeURIComponent(new URL(url, `http://site.invalid${baseUrl.replace(/\/$/, '')}${spec.route}`).pathname.slice(baseUrl.length)));
  const jsFiles = local(dom.querySelectorAll('script[src]').map((el) => el.getAttribute('src')));
  const cssFiles = local(dom.querySelectorAll('link[rel="stylesheet"]').map((el) => el.getAttribute('href')));
  const weigh = (files: string[]) =>
    sum(
      files.map((rel) => {
        const full = path.join(buildDir, rel);
        if (!fs.existsSync(full)) throw new Error(`${spec.label}: ${spec.route} loads ${rel}, which is not in the build`);
        return sizeOf(fs.readFileSync(full));
      }),
    );
  return {...spec, html: sizeOf(html), js: weigh(jsFiles), css: weigh(cssFiles), jsFiles, cssFiles};
}
