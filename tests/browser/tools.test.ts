/**
 * The interactive tools, in Chromium, on the pages that hold them.
 */
import type {Page} from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import {externalRequests, gotoHydrated, openPage, waitForHydration} from '../../measure/browser';
import {servedSite} from '../helpers/served-site';
import {axeViolations} from '../helpers/site-walk';

jest.setTimeout(60_000);

const site = servedSite();

/** WCAG 2.2 AA, as the every-page walk runs it (axe-core in the page, without AxeBuilder's extra page per run). */
async function axe(page: Page): Promise<string[]> {
  return axeViolations(page, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}});
}

/** The page must not scroll sideways on a 360 px phone. */
async function overflowsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

/**
 * Each tool, the page that holds it, and what a reader does with it. The every-page walk already
 * checks each page as loaded (axe, both themes); here axe looks at the tool in use, where results,
 * highlights and error messages bring their own colors.
 */
const toolPages: [string, string, (page: Page) => Promise<void>][] = [
  ['scar-type finder', '/docs/scarring/atrophic-scar-types', async (page) => {
    await page.getByRole('radio', {name: /^Sunken/}).check();
    await page.getByRole('radio', {name: /^Wide, with soft, sloping edges/}).check();
    await page.getByRole('radio', {name: /^It flattens out/}).check();
    await page.locator('section[aria-live="polite"] a').first().waitFor();
  }],
  ['consultation checklist', '/docs/practitioner/consultation-checklist', async (page) => {
    await page.getByRole('checkbox').nth(0).check();
    await page.getByRole('checkbox').nth(3).check();
  }],
  ['recovery timeline', '/docs/microneedling/aftercare', async (page) => {
    await page.getByLabel('What day is it for you?').fill('5');
    await page.locator('[aria-current="step"]').first().waitFor();
  }],
  ['session planner', '/docs/microneedling/results-sessions-and-intervals', async (page) => {
    await page.getByLabel('Date of your first session').fill(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
    await page.getByLabel('Weeks between sessions').fill('9');
    await page.getByLabel('Weeks between sessions').blur();
    await page.getByRole('alert').filter({hasText: /2 to 6 weeks/}).waitFor();
  }],
];

describe.each(toolPages)('%s page', (_tool, route, use) => {
  it.each(['light', 'dark'] as const)('has no axe violations in %s mode with the tool in use', async (scheme) => {
    const {page, context} = await openPage(site.browser, {colorScheme: scheme});
    await gotoHydrated(page, site.server.url(route));
    await use(page);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  it('fits a 360 px phone and makes no request off the machine', async () => {
    const {page, context, requests, consoleErrors} = await openPage(site.browser, {viewport: {width: 360, height: 740}});
    await gotoHydrated(page, site.server.url(route));
    await use(page);
    expect(await overflowsHorizontally(page)).toBe(false);
    expect(externalRequests(requests)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('scar-type finder', () => {
  it('works by keyboard and explains its suggestion', async () => {
    const {page, context} = await openPage(site.browser);
    await gotoHydrated(page, site.server.url('/docs/scarring/atrophic-scar-types'));
    await page.getByRole('radio', {name: /^Sunken/}).focus();
    await page.keyboard.press('Space');
    await page.getByRole('radio', {name: /^Wide, with soft, sloping edges/}).check();
    await page.getByRole('radio', {name: /^It flattens out/}).check();
    const result = page.locator('section[aria-live="polite"]').first();
    await expect(result.textContent()).resolves.toMatch(/rolling/i);
    expect(await result.textContent()).toMatch(/clinician/i);
    await result.getByRole('link', {name: /rolling/i}).first().click();
    await page.waitForURL((url) => url.hash === '#rolling-scars');
    await context.close();
  });
});

describe('consultation checklist', () => {
  it('keeps ticks in localStorage across reloads, copies as text and resets', async () => {
    const {page, context} = await openPage(site.browser);
    // Record what the page copies (the headless clipboard is not readable back reliably).
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: {writeText: async (text: string) => void ((window as unknown as {copied: string}).copied = text)},
      });
    });
    await gotoHydrated(page, site.server.url('/docs/practitioner/consultation-checklist'));
    const boxes = page.getByRole('checkbox');
    expect(await boxes.count()).toBe(27);
    await boxes.nth(0).check();
    await boxes.nth(5).check();
    await page.reload({waitUntil: 'networkidle'});
    await waitForHydration(page);
    expect(await page.getByRole('checkbox').nth(0).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox').nth(5).isChecked()).toBe(true);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('scaratlas:')))).toEqual([
      'scaratlas:consultation-checklist:v1',
    ]);
    await page.getByRole('button', {name: 'Copy as text'}).click();
    const copied = await page.evaluate(() => (window as unknown as {copied?: string}).copied ?? null);
    expect(copied).toMatch(/^Consultation checklist/);
    expect(copied?.match(/\[x\]/g)).toHaveLength(2);
    await page.getByRole('button', {name: 'Reset'}).click();
    expect(await page.getByRole('checkbox').nth(0).isChecked()).toBe(false);
    expect(await page.evaluate(() => localStorage.getItem('scaratlas:consultation-checklist:v1') ?? '[]')).toBe('[]');
    expect((await context.cookies()).length).toBe(0);
    await context.close();
  });

  it('prints as one clean list without buttons or site chrome', async () => {
    const {page, context} = await openPage(site.browser);
    await gotoHydrated(page, site.server.url('/docs/practitioner/consultation-checklist'));
    await page.emulateMedia({media: 'print'});
    expect(await page.getByRole('button', {name: 'Copy as text'}).isVisible()).toBe(false);
    expect(await page.locator('.navbar').isVisible()).toBe(false);
    expect(await page.locator('.theme-doc-sidebar-container').isVisible()).toBe(false);
    expect(await page.getByRole('checkbox').first().isVisible()).toBe(true);
    const pdf = await page.pdf({format: 'A4'});
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await context.close();
  });
});

describe('recovery timeline', () => {
  it('marks the phase for the day entered and rejects bad days with an alert', async () => {
    const {page, context} = await openPage(site.browser);
    await gotoHydrated(page, site.server.url('/docs/microneedling/aftercare'));
    const day = page.getByLabel('What day is it for you?');
    await day.fill('5');
    await expect(page.locator('[aria-current="step"]').first().textContent()).resolves.toMatch(/Days 4-7/);
    await day.fill('1.5');
    const alert = page.locator(`[id="${await day.getAttribute('aria-describedby').then((ids) => ids!.split(' ').pop())}"]`);
    expect(await page.getByRole('alert').filter({hasText: /whole number|0 to 60/}).count()).toBe(1);
    expect(await day.getAttribute('aria-invalid')).toBe('true');
    expect(await alert.count()).toBe(1);
    expect(await page.locator('[aria-current="step"]').count()).toBe(0);
    await context.close();
  });

  it('shows the same warning signs in the timeline and in the page box', async () => {
    const {page, context} = await openPage(site.browser);
    await gotoHydrated(page, site.server.url('/docs/microneedling/aftercare'));
    const box = (await page.locator('.alert--danger li').allTextContents()).map((t) => t.trim());
    expect(box.length).toBeGreaterThanOrEqual(5);
    const body = await page.locator('article').textContent();
    for (const sign of box) expect(body!.split(sign).length - 1).toBeGreaterThanOrEqual(2);
    await context.close();
  });
});

describe('session planner', () => {
  it('lists dates, offers an .ics download and refuses out-of-range intervals', async () => {
    const {page, context} = await openPage(site.browser);
    await gotoHydrated(page, site.server.url('/docs/microneedling/results-sessions-and-intervals'));
    const start = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Date of your first session').fill(start);
    await page.getByLabel('Weeks between sessions').fill('4');
    await page.getByLabel('Number of sessions').fill('3');
    const dates = page.locator('section[aria-live="polite"] ol li');
    await dates.first().waitFor();
    expect(await dates.count()).toBe(3);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: /Download calendar/}).click()]);
    expect(download.suggestedFilename()).toBe('microneedling-sessions.ics');
    const ics = await download.path().then((file) => require('node:fs').readFileSync(file, 'utf8') as string);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(ics).toContain(`DTSTART;VALUE=DATE:${start.replace(/-/g, '')}`);
    await page.getByLabel('Weeks between sessions').fill('9');
    await page.getByLabel('Weeks between sessions').blur();
    const error = page.getByRole('alert').filter({hasText: /2 to 6 weeks/});
    expect(await error.count()).toBe(1);
    expect(await page.getByLabel('Weeks between sessions').getAttribute('aria-invalid')).toBe('true');
    expect(await dates.count()).toBe(0);
    await context.close();
  });
});

describe('glossary hints (<Term>)', () => {
  const route = '/docs/microneedling/aftercare';

  it('shows the definition on focus and links to the glossary entry of the same edition', async () => {
    const {page, context, requests} = await openPage(site.browser);
    await gotoHydrated(page, site.server.url(route));
    const term = page.getByRole('button', {name: 'erythema'});
    await term.focus();
    const popover = page.locator(`[id="${await term.getAttribute('aria-controls')}"]`);
    await popover.waitFor({state: 'visible'});
    expect(await popover.textContent()).toMatch(/redness/i);
    const link = popover.getByRole('link');
    expect(await link.getAttribute('href')).toBe('/docs/reference/glossary#erythema');
    await link.click();
    await page.waitForURL((url) => url.pathname === '/docs/reference/glossary' && url.hash === '#erythema');
    expect(externalRequests(requests)).toEqual([]);
    await context.close();
  });

  it('toggles on tap on a 360 px phone and closes with Escape', async () => {
    const {page, context} = await openPage(site.browser, {viewport: {width: 360, height: 740}});
    await gotoHydrated(page, site.server.url(route));
    const term = page.getByRole('button', {name: 'erythema'});
    await term.click();
    expect(await term.getAttribute('aria-expanded')).toBe('true');
    const popover = page.locator(`[id="${await term.getAttribute('aria-controls')}"]`);
    const box = await popover.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    await page.keyboard.press('Escape');
    expect(await term.getAttribute('aria-expanded')).toBe('false');
    await context.close();
  });

  it('passes axe in dark mode with a hint open', async () => {
    const {page, context} = await openPage(site.browser, {colorScheme: 'dark'});
    await gotoHydrated(page, site.server.url(route));
    await page.getByRole('button', {name: 'erythema'}).click();
    const results = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    await context.close();
  });
});
