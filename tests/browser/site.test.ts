/**
 * The built site in real Chromium, served on 127.0.0.1 the way a static host would serve it.
 * (axe on every page, in both themes, is in the every-page walk: every-page-*.test.ts.)
 */
import fs from 'node:fs';
import path from 'node:path';
import {externalRequests, gotoHydrated, openPage, searchFor} from '../../measure/browser';
import {buildDir, listFiles, siteDir} from '../../measure/site';
import {servedSite} from '../helpers/served-site';

jest.setTimeout(60_000);

const site = servedSite();

/** The current and the previous edition, newest first (versions.json). */
const [currentEdition, olderEdition] = JSON.parse(fs.readFileSync(path.join(siteDir, 'versions.json'), 'utf8')) as string[];

describe('home page', () => {
  it('loads without console errors and without any request leaving 127.0.0.1', async () => {
    const {page, context, consoleErrors, requests} = await openPage(site.browser);
    await gotoHydrated(page, site.server.url('/'));
    expect(await page.getByRole('heading', {level: 1}).count()).toBe(1);
    expect(await page.getByRole('link', {name: 'Start the patient guide'}).count()).toBe(1);
    expect(consoleErrors).toEqual([]);
    expect(externalRequests(requests)).toEqual([]);
    await context.close();
  });

  it('reaches the search box by keyboard alone', async () => {
    const {page, context} = await openPage(site.browser);
    await gotoHydrated(page, site.server.url('/'));
    let reached = false;
    for (let i = 0; i < 40 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') === 'Search' || (document.activeElement as HTMLInputElement | null)?.type === 'search');
    }
    expect(reached).toBe(true);
    await context.close();
  });
});

describe('search', () => {
  /** What a reader types, and the page that must come first. */
  const expectations: [string, string][] = [
    ['icepick', '/docs/scarring/atrophic-scar-types'],
    ['isotretinoin', '/docs/microneedling/who-is-a-candidate'],
    ['aftercare', '/docs/microneedling/aftercare'],
    ['depth', '/docs/trainee/needle-depth-by-region'],
  ];

  it.each(expectations)('"%s" shows %s first; choosing it lands there with the term highlighted', async (query, expected) => {
    const {page, context, requests} = await openPage(site.browser);
    await gotoHydrated(page, site.server.url('/'));
    const first = (await searchFor(page, query)).first();
    await first.click();
    await page.waitForURL((url) => url.pathname === expected && url.searchParams.get('_highlight') === query, {timeout: 15_000});
    const mark = page.locator('article mark').first();
    await mark.waitFor({state: 'attached', timeout: 10_000});
    expect((await mark.textContent())?.toLowerCase()).toContain(query);
    expect(externalRequests(requests)).toEqual([]);
    await context.close();
  });
});

describe('editions', () => {
  it('an older edition says so, and the navbar menu switches to the current one', async () => {
    const {page, context} = await openPage(site.browser);
    await gotoHydrated(page, site.server.url(`/docs/${olderEdition}/skin/layers-of-the-skin`));
    expect(await page.locator('.theme-doc-version-banner').textContent()).toMatch(/kept for reference/);
    const menu = page.locator('.navbar__item.dropdown').filter({hasText: /20\d\d\.\d/});
    await menu.hover();
    const current = menu.locator('.dropdown__menu a').first();
    await current.click();
    await page.waitForURL((url) => url.pathname === '/docs/skin/layers-of-the-skin');
    // The router changes the URL before it renders the new page: give the banner time to go (a
    // banner that stays fails here, by timeout).
    await page.locator('.theme-doc-version-banner').waitFor({state: 'detached', timeout: 15_000});
    expect(await page.locator('.theme-doc-version-banner').count()).toBe(0);
    await context.close();
  });
});

describe('editions: reading an older one', () => {
  it("searching there returns that edition's pages, and choosing one stays in it", async () => {
    const {page, context} = await openPage(site.browser);
    await gotoHydrated(page, site.server.url(`/docs/${olderEdition}/skin/layers-of-the-skin`));
    const options = await searchFor(page, 'icepick');
    await options.first().click();
    await page.waitForURL((url) => url.pathname === `/docs/${olderEdition}/scarring/atrophic-scar-types`, {timeout: 15_000});
    await page.getByRole('heading', {level: 1, name: /^Atrophic scar types/}).waitFor({timeout: 15_000});
    expect(await page.locator('.theme-doc-version-banner').textContent()).toMatch(/kept for reference/);
    await context.close();
  });

  it("the banner's link opens the same page in the current edition", async () => {
    const {page, context} = await openPage(site.browser);
    await gotoHydrated(page, site.server.url(`/docs/${olderEdition}/microneedling/aftercare`));
    await page.locator('.theme-doc-version-banner a').first().click();
    await page.waitForURL((url) => url.pathname === '/docs/microneedling/aftercare', {timeout: 15_000});
    // As above: the URL changes before the new page renders.
    await page.locator('.theme-doc-version-banner').waitFor({state: 'detached', timeout: 15_000});
    expect(await page.locator('.theme-doc-version-banner').count()).toBe(0);
    expect(await page.getByRole('heading', {level: 1}).textContent()).toBe('Aftercare, day by day');
    expect(currentEdition).toMatch(/^\d{4}\.\d+$/);
    await context.close();
  });
});

describe('keyboard', () => {
  it('reaches the navbar links and switches edition with the keyboard alone', async () => {
    const {page, context} = await openPage(site.browser);
    await gotoHydrated(page, site.server.url('/docs/skin/layers-of-the-skin'));
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    const reached: string[] = [];
    for (let i = 0; i < 25 && !reached.includes(currentEdition!); i += 1) {
      await page.keyboard.press('Tab');
      reached.push(await focused());
    }
    expect(reached).toEqual(expect.arrayContaining(['Skip to main content', 'Guides', 'Procedure', 'Practitioners', 'Trainees', 'Blog', currentEdition]));
    await page.keyboard.press('Enter');
    await page.locator('.navbar .dropdown--show .dropdown__menu').waitFor({state: 'visible'});
    const target = `/docs/${olderEdition}/skin/layers-of-the-skin`;
    for (let i = 0; i < 3; i += 1) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.getAttribute('href'))) === target) break;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(target);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === target);
    await context.close();
  });
});

describe('math', () => {
  it('renders formulas with KaTeX fonts from the site itself', async () => {
    const {page, context, requests} = await openPage(site.browser);
    await gotoHydrated(page, site.server.url('/docs/trainee/needle-depth-by-region'));
    const formula = page.locator('.katex-display .katex-html').first();
    await formula.waitFor();
    const box = await formula.boundingBox();
    expect(box?.height).toBeGreaterThan(10);
    const family = await page.locator('.katex').first().evaluate((el) => getComputedStyle(el).fontFamily);
    expect(family).toContain('KaTeX_Main');
    expect(requests.some((url) => /\/katex\/fonts\/KaTeX_.*\.woff2$/.test(url))).toBe(true);
    expect(externalRequests(requests)).toEqual([]);
    await context.close();
  });
});

describe('code blocks', () => {
  /** The chunks that carry Prism (the code block's highlighter), found by its line class. */
  const prismChunks = listFiles(path.join(buildDir, 'assets', 'js'), (rel) => rel.endsWith('.js'))
    .filter((rel) => fs.readFileSync(path.join(buildDir, 'assets', 'js', rel), 'utf8').includes('token-line'))
    .map((rel) => `/assets/js/${rel}`);
  const isPrismChunk = (url: string) => prismChunks.includes(new URL(url).pathname);
  const loadsPrism = (requests: string[]) => requests.some(isPrismChunk);

  it('Prism is in a chunk of its own, not in the first-load bundle', () => {
    expect(prismChunks.length).toBeGreaterThan(0);
    expect(prismChunks.some((chunk) => /\/(main|runtime~main)\./.test(chunk))).toBe(false);
  });

  it('a guide page without code never loads Prism', async () => {
    const {page, context, requests} = await openPage(site.browser);
    await gotoHydrated(page, site.server.url('/docs/trainee/clinical-protocol'));
    expect(loadsPrism(requests)).toBe(false);
    await context.close();
  });

  it('a page with code loads it, keeps the highlighting and offers the copy button', async () => {
    const {page, context, consoleErrors} = await openPage(site.browser);
    // Hydration asks for the lazy code block; wait for that request rather than for a quiet network.
    const prismRequested = page.waitForRequest((request) => isPrismChunk(request.url()), {timeout: 30_000});
    await gotoHydrated(page, site.server.url('/contributing'));
    await prismRequested;
    const block = page.locator('div[class*="codeBlockContainer"]').first();
    expect(await block.locator('.token-line').count()).toBeGreaterThan(5);
    await block.hover();
    await block.getByRole('button', {name: /copy/i}).waitFor({state: 'visible'});
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('prefetch', () => {
  it('prefetches the chunks of visible links, each file once (src/plugins/prefetch-once)', async () => {
    const {page, context, consoleErrors} = await openPage(site.browser, {viewport: {width: 412, height: 823}});
    await gotoHydrated(page, site.server.url('/docs/microneedling/aftercare'));
    // The links are added when the browser is idle (at the latest 2 s after they were asked for).
    await page.waitForFunction(() => document.querySelectorAll('link[rel="prefetch"]').length > 0, undefined, {timeout: 15_000});
    await page.waitForLoadState('networkidle');
    const hrefs = await page.locator('link[rel="prefetch"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(3);
    expect(hrefs.length).toBe(new Set(hrefs).size);
    for (const href of hrefs) expect(href).toMatch(/^\/assets\/(js|css)\/[^/]+\.(js|css)$/);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
