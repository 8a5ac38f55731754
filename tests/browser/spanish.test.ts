/**
 * The Spanish guide in the browser: Spanish readers' words find the Spanish pages (with the term
 * highlighted on arrival), the language switch keeps the page, and the tools speak Spanish.
 */
import {externalRequests, gotoHydrated, openPage, searchFor} from '../../measure/browser';
import {servedSite} from '../helpers/served-site';

jest.setTimeout(180_000);

const site = servedSite();

describe('search in Spanish', () => {
  /** What a Spanish-speaking patient types, and the Spanish page that must be among the first three. */
  const queries: [string, string][] = [
    ['picahielo', 'Tipos de cicatrices atróficas'],
    ['hoyos en la cara', 'Tipos de cicatrices atróficas'],
    ['isotretinoína', '¿Quién es candidato?'],
    ['Roacután', '¿Quién es candidato?'],
    ['herpes labial', '¿Quién es candidato?'],
    ['enrojecimiento', 'Cuidados después del tratamiento'],
    ['marcas rojas', 'Marcas que no son cicatrices'],
    ['cicatriz o mancha', 'Marcas que no son cicatrices'],
    ['cuántas sesiones', 'Resultados, sesiones e intervalos'],
    ['crema anestésica', 'Cómo prepararse para una sesión'],
    ['cicatrices de acné', 'Cicatrices'],
  ];

  // One page for all the queries, as a reader searching several times (each query clears the box).
  let opened: Awaited<ReturnType<typeof openPage>>;
  beforeAll(async () => {
    opened = await openPage(site.browser);
    await gotoHydrated(opened.page, site.server.url('/es/docs/skin/layers-of-the-skin'));
  });
  afterAll(async () => {
    expect(externalRequests(opened.requests)).toEqual([]);
    await opened.context.close();
  });

  it.each(queries)('"%s" shows "%s" in the top three', async (query, title) => {
    const top = (await (await searchFor(opened.page, query)).allTextContents()).slice(0, 3).map((text) => text.replace(/\s+/g, ' ').trim());
    expect({query, top, answered: top.some((text) => text.includes(title))}).toEqual({query, top, answered: true});
  });

  it.each([
    ['picahielo', '/es/docs/scarring/atrophic-scar-types'],
    ['isotretinoína', '/es/docs/microneedling/who-is-a-candidate'],
  ])('"%s" lands on %s with the term highlighted', async (query, expected) => {
    const {page, context} = await openPage(site.browser);
    await gotoHydrated(page, site.server.url('/es/'));
    await (await searchFor(page, query)).first().click();
    await page.waitForURL((url) => url.pathname === expected && url.searchParams.get('_highlight') === query, {timeout: 15_000});
    const mark = page.locator('article mark').first();
    await mark.waitFor({state: 'attached', timeout: 10_000});
    expect((await mark.textContent())?.toLowerCase()).toContain(query.toLowerCase());
    await context.close();
  });
});

describe('languages', () => {
  it('the language menu opens the same page in Spanish, and back in English', async () => {
    const {page, context} = await openPage(site.browser);
    await gotoHydrated(page, site.server.url('/docs/skin/layers-of-the-skin'));
    const menu = page.locator('.navbar__item.dropdown').filter({hasText: 'English'});
    await menu.hover();
    await menu.locator('.dropdown__menu a', {hasText: 'Español'}).click();
    await page.waitForURL((url) => url.pathname === '/es/docs/skin/layers-of-the-skin', {timeout: 15_000});
    await page.getByRole('heading', {level: 1, name: 'Las capas de su piel'}).waitFor({timeout: 15_000});
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await context.close();
  });
});

describe('the tools in Spanish', () => {
  it('the recovery timeline answers a day and a wrong entry in Spanish', async () => {
    const {page, context, consoleErrors} = await openPage(site.browser);
    await gotoHydrated(page, site.server.url('/es/docs/microneedling/aftercare'));
    const input = page.getByLabel('¿En qué día de la recuperación está?');
    await input.fill('2');
    await page.getByText(/El día 2 está en “Días 1-3”/).waitFor();
    await input.fill('70');
    expect(await page.getByRole('alert').textContent()).toContain('Esta guía cubre los días 0 a 60');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
