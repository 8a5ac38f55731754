/**
 * The reviewers' preview (`npm run build:preview`: SCARATLAS_PREVIEW=true, into build-preview/):
 * the working draft alone, at /docs/, so the navbar's and pages' /docs/... links resolve (the build
 * itself fails on a broken link); never indexed by search engines; and each checked page shows its
 * claim checks under its title, from docs/_data/claim-checks.yaml.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import {parse} from 'node-html-parser';
import {listFiles, siteDir} from '../../measure/site';

const previewDir = path.join(siteDir, 'build-preview');
if (!fs.existsSync(path.join(previewDir, 'index.html'))) throw new Error('No build-preview/: run "npm run build:preview" first.');
const html = listFiles(previewDir, (rel) => rel.endsWith('.html'));
const read = (rel: string) => fs.readFileSync(path.join(previewDir, rel), 'utf8');

describe('preview build (working draft)', () => {
  it('serves the working draft at /docs/, and no published edition', () => {
    const draftOnly = listFiles(path.join(siteDir, 'docs'), (rel) => /\.mdx$/.test(rel) && !rel.startsWith('_'));
    for (const rel of draftOnly) expect(html).toContain(`docs/${rel.replace(/\.mdx$/, '.html')}`);
    const versions: string[] = JSON.parse(fs.readFileSync(path.join(siteDir, 'versions.json'), 'utf8'));
    for (const version of versions) expect(html.filter((file) => file.startsWith(`docs/${version}/`))).toEqual([]);
    expect(parse(read('docs/skin/layers-of-the-skin.html')).querySelector('.theme-doc-version-banner')?.text).toMatch(/unreleased|working draft/i);
  });

  it('tells search engines not to index any page, in either language, and has no sitemap', () => {
    expect(html.length).toBeGreaterThan(40);
    const indexable = html.filter((file) => !/<meta[^>]*\bname="?robots"?[^>]*\bcontent="?noindex, nofollow"?/.test(read(file)));
    expect(indexable).toEqual([]);
    expect(fs.existsSync(path.join(previewDir, 'sitemap.xml'))).toBe(false);
    expect(fs.existsSync(path.join(previewDir, 'es', 'sitemap.xml'))).toBe(false);
    expect(read('robots.txt')).toBe('User-agent: *\nDisallow: /\n');
  });

  it("shows, under each checked page's title, how many statements were checked and when", () => {
    const ledger = yaml.load(fs.readFileSync(path.join(siteDir, 'docs', '_data', 'claim-checks.yaml'), 'utf8'), {schema: yaml.CORE_SCHEMA}) as {
      page: string;
      checked: string;
      claims: {checked?: string}[];
    }[];
    const pages = ledger.filter((entry) => !/^(blog|data)\//.test(entry.page));
    expect(pages.length).toBeGreaterThan(35);
    for (const entry of pages) {
      const article = parse(read(`docs/${entry.page}.html`)).querySelector('article')!;
      const status = article.querySelector('ul[aria-label="About this page"]');
      expect(status).not.toBeNull();
      // The title comes first: the status line is the first thing after the h1's header.
      expect(article.querySelector('header + ul[aria-label="About this page"]')).not.toBeNull();
      const latest = [entry.checked, ...entry.claims.map((c) => c.checked ?? entry.checked)].sort().at(-1)!;
      expect(status!.text).toContain(`${entry.claims.length} statements checked against their sources`);
      expect(status!.querySelectorAll('time').map((t) => t.getAttribute('datetime'))).toContain(latest);
    }
  });
});
