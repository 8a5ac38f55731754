/**
 * Offline reading (PWA): after a reader turns offline mode on, the whole site, search included,
 * keeps working with the network cut.
 */
import type {Browser} from 'playwright-core';
import {launch} from '../helpers/browser';
import {requireBuild} from '../helpers/paths';
import {serve, type RunningServer} from '../helpers/server';

jest.setTimeout(120_000);

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

it('reads pages and searches with the network cut, once offline mode is on', async () => {
  const context = await browser.newContext({serviceWorkers: 'allow'});
  const page = await context.newPage();
  await page.goto(server.url('/?offlineMode=true'), {waitUntil: 'load'});
  // The service worker precaches the site, then takes control of the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null || (window.location.reload(), false), undefined, {
    timeout: 60_000,
    polling: 2_000,
  });
  await page.waitForLoadState('load');

  await context.setOffline(true);

  // A full page load of another page, straight from the cache.
  await page.goto(server.url('/docs/microneedling/aftercare'), {waitUntil: 'load'});
  expect(await page.getByRole('heading', {level: 1}).textContent()).toBe('Aftercare, day by day');

  // In-app navigation to a page not visited yet.
  await page.getByRole('link', {name: 'Risks and side effects'}).first().click();
  await page.waitForURL((url) => url.pathname === '/docs/microneedling/risks-and-side-effects');
  expect(await page.getByRole('heading', {level: 1}).textContent()).toBe('Risks and side effects');

  // Search still finds pages: its index comes from the cache.
  const input = page.locator('input.navbar__search-input');
  await input.click();
  await input.pressSequentially('isotretinoin', {delay: 20});
  await page.getByRole('option').first().waitFor({state: 'visible', timeout: 15_000});
  expect(await page.getByRole('option').count()).toBeGreaterThan(0);
  await context.close();
});
