/**
 * Page-weight budgets on the built site (the figures themselves: `npm run bench`).
 * First-load JS (the files of a page's <script src> tags, gzip -9 each) may not exceed what the stock
 * Docusaurus classic template loads on a doc page, measured on this kind of machine
 * (../shared/toolchain.md, copied into scripts/bench/parse.ts). KaTeX is held to math pages in
 * site.test.ts.
 */
import {baseUrl} from '../../config/site';
import {measurePage, pageSpecs} from '../../scripts/bench/page-weight';
import {defaultStockFigures} from '../../scripts/bench/parse';
import {buildDir, requireBuild} from '../helpers/paths';

requireBuild();

const stockJsGz = defaultStockFigures.docScriptJsGzKB * 1024;
/** The site's own stylesheet may not grow past a quarter of the stock one (102 KB gz with KaTeX inlined). */
const cssGzBudget = 40 * 1024;

describe('page weight budgets', () => {
  const pages = pageSpecs(buildDir);

  it('covers home, a long doc page, a tool page, a math page and a blog post', () => {
    expect(pages.map((p) => p.label)).toEqual(['home', 'long doc page', 'tool page', 'math page', 'blog post (newest)']);
  });

  it.each(pages.map((p) => [p.label, p] as const))(`%s: first-load JS at most ${defaultStockFigures.docScriptJsGzKB} KB gz (stock template)`, (_label, spec) => {
    const weight = measurePage(buildDir, baseUrl, spec);
    expect(weight.missing).toEqual([]);
    expect(weight.jsFiles.length).toBeGreaterThan(0);
    expect(weight.js!.gz).toBeLessThanOrEqual(stockJsGz);
  });

  it.each(pages.map((p) => [p.label, p] as const))(`%s: stylesheets at most ${cssGzBudget / 1024} KB gz`, (_label, spec) => {
    const weight = measurePage(buildDir, baseUrl, spec);
    expect(weight.cssFiles.length).toBeGreaterThan(0);
    expect(weight.css!.gz).toBeLessThanOrEqual(cssGzBudget);
  });
});
