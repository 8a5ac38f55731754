/**
 * The interactive tools, in Chromium, on the pages that hold them.
 */
import AxeBuilder from '@axe-core/playwright';
import type {Browser} from 'playwright-core';
import {externalRequests, launch, openPage} from '../helpers/browser';
import {requireBuild} from '../helpers/paths';
import {serve, type RunningServer} from '../helpers/server';

jest.setTimeout(60_000);

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await serve({root: requireBuild()});
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('glossary hints (<Term>)', () => {
  const route = '/docs/next/microneedling/aftercare';

  it('shows the definition on focus and links to the glossary entry of the same edition', async () => {
    const {page, context, requests} = await openPage(browser);
    await page.goto(server.url(route), {waitUntil: 'networkidle'});
    const term = page.getByRole('button', {name: 'erythema'});
    await term.focus();
    const popover = page.locator(`[id="${await term.getAttribute('aria-controls')}"]`);
    await popover.waitFor({state: 'visible'});
    expect(await popover.textContent()).toMatch(/redness/i);
    const link = popover.getByRole('link');
    expect(await link.getAttribute('href')).toBe('/docs/next/reference/glossary#erythema');
    await link.click();
    await page.waitForURL((url) => url.pathname === '/docs/next/reference/glossary' && url.hash === '#erythema');
    expect(externalRequests(requests)).toEqual([]);
    await context.close();
  });

  it('toggles on tap on a 360 px phone and closes with Escape', async () => {
    const {page, context} = await openPage(browser, {viewport: {width: 360, height: 740}});
    await page.goto(server.url(route), {waitUntil: 'networkidle'});
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
    const {page, context} = await openPage(browser, {colorScheme: 'dark'});
    await page.goto(server.url(route), {waitUntil: 'networkidle'});
    await page.getByRole('button', {name: 'erythema'}).click();
    const results = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    await context.close();
  });
});
