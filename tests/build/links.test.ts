/**
 * Every link and resource in the built site resolves: in build/ (served at /) and in
 * build-subpath/ (the same site built with BASE_URL=/scaratlas/). External links go only to an
 * allow-list of citation hosts, regulators and the project's repository, and are never loaded by
 * a page (no external src/stylesheet: see site.test.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import {parse} from 'node-html-parser';
import {buildDir, listFiles, requireBuild, siteDir} from '../../measure/site';

requireBuild();

/** Hosts a page may link to (never load from). */
export const allowedLinkHosts = [
  'doi.org',
  'pubmed.ncbi.nlm.nih.gov',
  'pmc.ncbi.nlm.nih.gov',
  'collections.nlm.nih.gov',
  'www.fda.gov',
  'www.aad.org',
  // Official pages cited as sources (bibliography `url`): regulators, health services, guidelines.
  'www.nice.org.uk',
  'www.nhs.uk',
  'kingstonandrichmond.nhs.uk',
  'abuhb.nhs.wales',
  'www.nwbh.nhs.uk',
  'www.birminghamandsolihullccg.nhs.uk',
  'spso.org.uk',
  'health.wyo.gov',
  'www.cdc.gov',
  'www.osha.gov',
  'www.hse.gov.uk',
  'www.gov.uk',
  'medsafe.govt.nz',
  'github.com',
];

interface Problem {
  page: string;
  link: string;
  why: string;
}

function resolveFile(root: string, pathname: string): string | undefined {
  const base = path.join(root, decodeURIComponent(pathname));
  return [base, `${base}.html`, path.join(base, 'index.html')].find((file) => fs.existsSync(file) && fs.statSync(file).isFile());
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set(parse(fs.readFileSync(file, 'utf8')).querySelectorAll('[id]').map((el) => el.getAttribute('id')!));
    idCache.set(file, ids);
  }
  return ids;
}

export function checkLinks(root: string, baseUrl: string, siteOrigin: string): {checked: number; problems: Problem[]} {
  const problems: Problem[] = [];
  let checked = 0;
  for (const page of listFiles(root, (rel) => rel.endsWith('.html'))) {
    const pageUrl = new URL(`${baseUrl}${page}`, siteOrigin);
    const dom = parse(fs.readFileSync(path.join(root, page), 'utf8'));
    const refs = [
      ...dom.querySelectorAll('a[href]').map((el) => ({link: el.getAttribute('href')!, kind: 'link'})),
      ...dom.querySelectorAll('link[href]').map((el) => ({link: el.getAttribute('href')!, kind: el.getAttribute('rel') ?? 'link'})),
      ...dom.querySelectorAll('script[src], img[src], source[src]').map((el) => ({link: el.getAttribute('src')!, kind: 'resource'})),
    ];
    for (const {link, kind} of refs) {
      checked += 1;
      if (/^(mailto|tel|data|blob|pathname):/.test(link) || link === '#') continue;
      const url = new URL(link, pageUrl);
      if (url.origin !== siteOrigin) {
        if (!allowedLinkHosts.includes(url.hostname)) problems.push({page, link, why: `external host not on the allow-list (${url.hostname})`});
        continue;
      }
      if (/^(canonical|alternate)$/.test(kind) && url.origin === siteOrigin && !url.pathname.startsWith(baseUrl)) {
        problems.push({page, link, why: `canonical/alternate URL outside the base URL ${baseUrl}`});
        continue;
      }
      if (!url.pathname.startsWith(baseUrl)) {
        problems.push({page, link, why: `outside the base URL ${baseUrl}`});
        continue;
      }
      const file = resolveFile(root, url.pathname.slice(baseUrl.length));
      if (!file) {
        problems.push({page, link, why: 'target does not exist'});
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && file.endsWith('.html') && !idsOf(file).has(anchor)) problems.push({page, link, why: `no element with id "${anchor}"`});
    }
  }
  return {checked, problems};
}

const siteOrigin = 'https://scaratlas.example.org';

describe('links and resources', () => {
  it('all resolve in build/ (base URL /)', () => {
    const {checked, problems} = checkLinks(buildDir, '/', siteOrigin);
    expect(checked).toBeGreaterThan(5000);
    expect(problems).toEqual([]);
  });

  it('all resolve in build-subpath/ (BASE_URL=/scaratlas/)', () => {
    const root = path.join(siteDir, 'build-subpath');
    expect(fs.existsSync(path.join(root, 'index.html'))).toBe(true);
    const {checked, problems} = checkLinks(root, '/scaratlas/', siteOrigin);
    expect(checked).toBeGreaterThan(5000);
    expect(problems).toEqual([]);
  });

  it('catches a broken link, a missing anchor and a foreign host (fixture)', () => {
    const root = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'links-'));
    fs.writeFileSync(path.join(root, 'a.html'), '<h2 id="here">x</h2><a href="/b">b</a><a href="/a#nowhere">x</a><a href="https://tracker.example.com/">t</a><a href="/a#here">ok</a>');
    expect(checkLinks(root, '/', siteOrigin).problems.map((p) => p.why)).toEqual([
      'target does not exist',
      'no element with id "nowhere"',
      'external host not on the allow-list (tracker.example.com)',
    ]);
  });
});
