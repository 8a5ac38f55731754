/**
 * Walks every page of the built site in every language (each sitemap.xml, plus the search pages and
 * 404s) in Chromium,
 * served with the security headers of build/_headers, and checks on each page: no console errors
 * (which includes Content-Security-Policy violations), no request off 127.0.0.1, no cookies, axe
 * WCAG 2.2 AA and best-practice rules in the light theme, a skip link, and a text alternative for every image
 * and SVG diagram, then colour contrast again in the dark theme. Split in parts so jest runs them
 * in parallel.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Browser, ConsoleMessage, Page, Request} from 'playwright-core';
import {parseHeadersFile} from '../../config/security';
import {externalRequests, launch} from '../../measure/browser';
import {buildDir, requireBuild} from '../../measure/site';
import {serve, type RunningServer} from '../../measure/server';

/** The routes of one language's sitemap (build/sitemap.xml, build/es/sitemap.xml), as paths ("/es/docs/x"). */
function sitemapRoutes(dir: string): string[] {
  const sitemap = fs.readFileSync(path.join(dir, 'sitemap.xml'), 'utf8');
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** Every route of the site in every language, as paths relative to the base URL ("/docs/x", "/es/docs/x"). */
export function siteRoutes(): string[] {
  const translated = fs.readdirSync(buildDir).filter((name) => /^[a-z]{2}$/.test(name) && fs.existsSync(path.join(buildDir, name, 'sitemap.xml')));
  return [
    ...sitemapRoutes(buildDir),
    '/search',
    '/404.html',
    ...translated.flatMap((locale) => [...sitemapRoutes(path.join(buildDir, locale)), `/${locale}/search`, `/${locale}/404.html`]),
  ];
}

/** WCAG 2.2 AA, and axe's best practices beyond it (landmarks, one h1, heading order). */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** axe-core itself, injected into every page of the walk before any of the page's own scripts. */
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string;
  nodes: {target: string[]}[];
}

/**
 * Runs axe in the page directly (about three times faster than AxeBuilder, over 126 pages),
 * injecting it first if the page was not opened with it as an init script.
 */
export async function axeViolations(page: Page, options: Record<string, unknown>): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({content: axeSource});
  const violations = await page.evaluate(async (runOptions) => {
    const axe = (window as unknown as {axe: {run: (context: Document, options: unknown) => Promise<{violations: AxeViolation[]}>}}).axe;
    return (await axe.run(document, {...runOptions, resultTypes: ['violations']})).violations;
  }, options);
  return violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

export interface PageFindings {
  route: string;
  problems: string[];
}

/**
 * Checks one route in `page`, a tab the walk reuses from route to route: each check is a full page
 * load, and reusing the tab saves starting a renderer per page (about a quarter of the walk's time).
 */
export async function checkPage(page: Page, url: string, route: string): Promise<PageFindings> {
  const problems: string[] = [];
  const requests: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error' && !(route.endsWith('/404.html') && /404/.test(message.text()))) problems.push(`console: ${message.text()}`);
  };
  const onError = (error: Error) => problems.push(`page error: ${error.message}`);
  const onRequest = (request: Request) => requests.push(request.url());
  page.on('console', onConsole);
  page.on('pageerror', onError);
  page.on('request', onRequest);
  await page.emulateMedia({colorScheme: 'light'});
  await page.goto(url, {waitUntil: 'load'});

  for (const request of externalRequests(requests)) problems.push(`request off the machine: ${request}`);
  if ((await page.context().cookies()).length > 0) problems.push('sets cookies');
  if ((await page.locator('a[href="#__docusaurus_skipToContent_fallback"], [class*="skipToContent"]').count()) === 0) problems.push('no skip link');
  const unlabelled = await page.evaluate(() => [
    ...[...document.querySelectorAll('img:not([alt])')].map((img) => `img ${img.getAttribute('src')}`),
    ...[...document.querySelectorAll('main svg[role="img"]')]
      .filter((svg) => !svg.getAttribute('aria-label') && !svg.getAttribute('aria-labelledby'))
      .map(() => 'svg role=img without a label'),
  ]);
  problems.push(...unlabelled.map((what) => `no text alternative: ${what}`));

  problems.push(...(await axeViolations(page, {runOnly: {type: 'tag', values: axeTags}})).map((v) => `axe (light) ${v}`));
  // Switch theme as the toggle does; without transitions, so axe never sees colors mid-fade.
  await page.addStyleTag({content: '*, *::before, *::after { transition: none !important; }'});
  await page.emulateMedia({colorScheme: 'dark'});
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  problems.push(...(await axeViolations(page, {runOnly: {type: 'rule', values: ['color-contrast']}})).map((v) => `axe (dark) ${v}`));
  page.off('console', onConsole);
  page.off('pageerror', onError);
  page.off('request', onRequest);
  return {route, problems};
}

/** Registers the jest test for one part of the site (routes are dealt out round-robin). */
export function walkSite(part: number, parts: number): void {
  jest.setTimeout(900_000);
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    const root = requireBuild();
    const headers = parseHeadersFile(fs.readFileSync(path.join(root, '_headers'), 'utf8'));
    server = await serve({root, headers});
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(`every page (part ${part + 1} of ${parts}) passes accessibility, privacy and CSP checks`, async () => {
    const routes = siteRoutes().filter((_route, index) => index % parts === part);
    expect(routes.length).toBeGreaterThan(10);
    const context = await browser.newContext({serviceWorkers: 'allow'});
    await context.addInitScript({content: axeSource});
    const page = await context.newPage();
    const failures: PageFindings[] = [];
    for (const route of routes) {
      const findings = await checkPage(page, server.url(route), route);
      if (findings.problems.length > 0) failures.push(findings);
    }
    await context.close();
    expect(failures).toEqual([]);
  });
}
