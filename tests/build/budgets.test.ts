/**
 * Page-weight budgets on the built site (the figures themselves: `npm run bench`). First-load JS
 * (the files of a page's <script src> tags, gzip -9 each) may not exceed what the stock Docusaurus
 * classic template loads on a doc page; KaTeX is held to math pages in site.test.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {baseUrl} from '../../config/site';
import {cssGzBudget, measurePage, pageSpecs, stockFirstLoadJsGz} from '../../measure/page-weight';
import {buildDir, requireBuild} from '../../measure/site';

requireBuild();

describe('page weight budgets', () => {
  const pages = pageSpecs(buildDir);

  it('covers home, a long doc page, a tool page, a math page, a blog post, and the Spanish home and a tool page', () => {
    expect(pages.map((p) => p.label)).toEqual(['home', 'long doc page', 'tool page', 'math page', 'blog post (newest)', 'Spanish home', 'Spanish tool page']);
  });

  it.each(pages.map((p) => [p.label, p] as const))(`%s: first-load JS at most ${stockFirstLoadJsGz / 1024} KB gz (stock template)`, (_label, spec) => {
    const weight = measurePage(buildDir, baseUrl, spec);
    expect(weight.jsFiles.length).toBeGreaterThan(0);
    expect(weight.js.gz).toBeLessThanOrEqual(stockFirstLoadJsGz);
  });

  it.each(pages.map((p) => [p.label, p] as const))(`%s: stylesheets at most ${cssGzBudget / 1024} KB gz`, (_label, spec) => {
    const weight = measurePage(buildDir, baseUrl, spec);
    expect(weight.cssFiles.length).toBeGreaterThan(0);
    expect(weight.css.gz).toBeLessThanOrEqual(cssGzBudget);
  });

  it('weighs a fixture page past the budget, and names a missing asset', () => {
    const fixture = fs.mkdtempSync(path.join(os.tmpdir(), 'weights-'));
    fs.writeFileSync(path.join(fixture, 'index.html'), '<script src="/big.js"></script><link rel="stylesheet" href="/gone.css"><script src="https://cdn.example/x.js"></script>');
    fs.writeFileSync(path.join(fixture, 'big.js'), require('node:crypto').randomBytes(stockFirstLoadJsGz + 1024));
    expect(() => measurePage(fixture, '/', {label: 'home', route: '/'})).toThrow('home: / loads gone.css, which is not in the build');
    fs.writeFileSync(path.join(fixture, 'gone.css'), 'body{}');
    const weight = measurePage(fixture, '/', {label: 'home', route: '/'});
    expect(weight.jsFiles).toEqual(['big.js']);
    expect(weight.js.gz).toBeGreaterThan(stockFirstLoadJsGz);
  });
});
