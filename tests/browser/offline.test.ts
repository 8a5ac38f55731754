/**
 * Offline reading (PWA): after a reader turns offline mode on, the whole site, search included,
 * keeps working with the network cut.
 */
import {searchFor} from '../../measure/browser';
import {servedSite} from '../helpers/served-site';

jest.setTimeout(120_000);

const site = servedSite();

/** Turns offline mode on from a home page and waits until its service worker controls the page. */
async function goOffline(home: string) {
  const context = await site.browser.newContext({serviceWorkers: 'allow'});
  const page = await context.newPage();
  await page.goto(site.server.url(`${home}?offlineMode=true`), {waitUntil: 'load'});
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
  return {context, page};
}

it('reads pages and searches with the network cut, once offline mode is on', async () => {
  const {context, page} = await goOffline('/');

  // A full page load of another page, straight from the cache.
  await page.goto(site.server.url('/docs/microneedling/aftercare'), {waitUntil: 'load'});
  expect(await page.getByRole('heading', {level: 1}).textContent()).toBe('Aftercare, day by day');

  // In-app navigation to a page not visited yet.
  await page.getByRole('link', {name: 'Risks and side effects'}).first().click();
  await page.waitForURL((url) => url.pathname === '/docs/microneedling/risks-and-side-effects');
  await page.getByRole('heading', {level: 1, name: 'Risks and side effects'}).waitFor({timeout: 15_000});

  // Search still finds pages: its index comes from the cache.
  expect(await (await searchFor(page, 'isotretinoin')).count()).toBeGreaterThan(0);
  await context.close();
});

it('reads the Spanish guide and searches it in Spanish with the network cut', async () => {
  const {context, page} = await goOffline('/es/');
  await page.goto(site.server.url('/es/docs/microneedling/aftercare'), {waitUntil: 'load'});
  expect(await page.getByRole('heading', {level: 1}).textContent()).toBe('Cuidados después del tratamiento, día a día');
  expect(await (await searchFor(page, 'isotretinoína')).count()).toBeGreaterThan(0);
  await context.close();
});
