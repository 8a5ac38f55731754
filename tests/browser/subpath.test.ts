/**
 * The same site built with BASE_URL=/scaratlas/ (build-subpath/) works under that path: pages load
 * without errors, assets resolve, and search finds and opens pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import {externalRequests, gotoHydrated, openPage, searchFor} from '../../measure/browser';
import {siteDir} from '../../measure/site';
import {servedSite} from '../helpers/served-site';

jest.setTimeout(60_000);

const root = path.join(siteDir, 'build-subpath');
if (!fs.existsSync(path.join(root, 'index.html'))) throw new Error('No build-subpath/: run "npm run build:subpath" first.');
const site = servedSite({root, baseUrl: '/scaratlas/'});

it('loads under /scaratlas/ and searches into the right page', async () => {
  const {page, context, consoleErrors, requests} = await openPage(site.browser);
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await gotoHydrated(page, site.server.url('/'));
  await (await searchFor(page, 'aftercare')).first().click();
  await page.waitForURL((url) => url.pathname === '/scaratlas/docs/microneedling/aftercare');
  await page.getByRole('heading', {level: 1, name: 'Aftercare, day by day'}).waitFor({timeout: 15_000});
  await page.waitForLoadState('networkidle');
  expect(failed).toEqual([]);
  expect(consoleErrors).toEqual([]);
  expect(externalRequests(requests)).toEqual([]);
  expect(requests.filter((url) => new URL(url).pathname.startsWith('/') && !new URL(url).pathname.startsWith('/scaratlas/'))).toEqual([]);
  await context.close();
});

it('serves the Spanish guide under /scaratlas/es/, with its own search', async () => {
  const {page, context, consoleErrors, requests} = await openPage(site.browser);
  await gotoHydrated(page, site.server.url('/es/'));
  await (await searchFor(page, 'picahielo')).first().click();
  await page.waitForURL((url) => url.pathname === '/scaratlas/es/docs/scarring/atrophic-scar-types', {timeout: 15_000});
  await page.getByRole('heading', {level: 1, name: /^Tipos de cicatrices atróficas/}).waitFor({timeout: 15_000});
  expect(consoleErrors).toEqual([]);
  expect(externalRequests(requests)).toEqual([]);
  expect(requests.filter((url) => !new URL(url).pathname.startsWith('/scaratlas/'))).toEqual([]);
  await context.close();
});
