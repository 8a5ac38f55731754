/**
 * The Spanish guide in the built site (build/es/): its pages, language, links between languages,
 * sitemap, search index, glossary and tools, and the English-only pages shown under /es/.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parse, type HTMLElement} from 'node-html-parser';
import {buildDir, listFiles, readBuild, requireBuild, siteDir} from '../../measure/site';
import {parseFrontMatterBlock} from '../../src/content/parse';

requireBuild();

const versions: string[] = JSON.parse(fs.readFileSync(path.join(siteDir, 'versions.json'), 'utf8'));
const latest = versions[0]!;
const dom = (rel: string): HTMLElement => parse(readBuild(rel));
const translatedDir = path.join(siteDir, 'i18n', 'es', 'docusaurus-plugin-content-docs', `version-${latest}`);
/** The translated pages of the current edition, as ids ("skin/layers-of-the-skin"). */
const translated = listFiles(translatedDir, (rel) => rel.endsWith('.mdx') && !rel.startsWith('_')).map((rel) => rel.replace(/\.mdx$/, ''));
const titleOf = (file: string) => String(parseFrontMatterBlock(fs.readFileSync(file, 'utf8'), file).title);
const origin = 'https://scaratlas.example.org';

describe('the Spanish guide', () => {
  it('has the patient guide of the current edition translated', () => {
    for (const id of ['start-here/medical-disclaimer', 'skin/layers-of-the-skin', 'scarring/atrophic-scar-types', 'microneedling/aftercare', 'practitioner/red-flags', 'reference/glossary', 'reference/faq']) {
      expect(translated).toContain(id);
    }
  });

  it.each(translated)('builds /es/docs/%s in Spanish, with its Spanish title', (id) => {
    const page = dom(`es/docs/${id}.html`);
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('es');
    expect(page.querySelector('article h1')?.text).toBe(titleOf(path.join(translatedDir, `${id}.mdx`)));
  });

  it('says on each translated page what it translates, with a link to the English page', () => {
    const page = dom('es/docs/microneedling/aftercare.html');
    const status = page.querySelector('ul[aria-label="Sobre esta página"]')!;
    expect(status.text).toMatch(/Traducida de la página en inglés el \d{1,2} de [a-z]+ de \d{4}/);
    expect(status.querySelector('a[hreflang="en"]')?.getAttribute('href')).toBe('/docs/microneedling/aftercare');
    expect(page.querySelector('aside[aria-label="Aviso médico"]')?.text).toContain('Solo con fines educativos.');
  });

  it('links each English page and its Spanish page to each other for search engines (hreflang)', () => {
    const alternates = (rel: string) =>
      Object.fromEntries(dom(rel).querySelectorAll('link[rel="alternate"][hreflang]').map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]));
    const expected = {en: `${origin}/docs/skin/layers-of-the-skin`, es: `${origin}/es/docs/skin/layers-of-the-skin`, 'x-default': `${origin}/docs/skin/layers-of-the-skin`};
    expect(alternates('docs/skin/layers-of-the-skin.html')).toEqual(expected);
    expect(alternates('es/docs/skin/layers-of-the-skin.html')).toEqual(expected);
  });

  it('shows the trainee chapter in English under /es/, saying so in Spanish', () => {
    const page = dom('es/docs/trainee/clinical-protocol.html');
    expect(page.querySelector('article')?.text).toContain('Este capítulo para profesionales en formación solo está escrito en inglés.');
    expect(page.querySelector('article h1')?.text).toBe(titleOf(path.join(siteDir, 'versioned_docs', `version-${latest}`, 'trainee', 'clinical-protocol.mdx')));
  });

  it('says on a translated story what it translates, and on an English-only story that it is in English', () => {
    const story = dom('es/blog/2026/09/22/darker-skin-careful-clinician.html');
    expect(story.querySelector('article')?.text).toMatch(/Traducida de la página en inglés el \d{1,2} de [a-z]+ de \d{4}/);
    expect(story.querySelector('article a[hreflang="en"]')?.getAttribute('href')).toBe('/blog/2026/09/22/darker-skin-careful-clinician');
    expect(story.querySelector('article')?.text).toContain('Historia compuesta ilustrativa');
    expect(dom('es/blog/2026/09/08/rolling-scars-slow-months.html').querySelector('article')?.text).toContain('Esta historia todavía no se ha traducido');
  });

  it('has the navbar, footer and theme texts in Spanish', () => {
    const home = dom('es/index.html');
    expect(home.querySelector('html')?.getAttribute('lang')).toBe('es');
    expect(home.querySelector('.navbar')?.text).toContain('Guías');
    expect(home.querySelector('footer')?.text).toContain('no sustituye una consulta');
    expect(home.querySelector('a.skipToContent_fXgn, [class*="skipToContent"]')?.text).toBe('Saltar al contenido principal');
  });

  it('opens the draft translation from "Edit this page", and the English draft for a page shown in English', () => {
    const edit = (rel: string) => dom(rel).querySelector('a.theme-edit-this-page')?.getAttribute('href');
    const repo = 'https://github.com/scaratlas/scaratlas/edit/main';
    expect(edit('es/docs/skin/layers-of-the-skin.html')).toBe(`${repo}/i18n/es/docusaurus-plugin-content-docs/current/skin/layers-of-the-skin.mdx`);
    expect(edit('es/docs/trainee/clinical-protocol.html')).toBe(`${repo}/docs/trainee/clinical-protocol.mdx`);
    expect(edit('es/blog/2026/09/22/darker-skin-careful-clinician.html')).toBe(`${repo}/i18n/es/docusaurus-plugin-content-blog/2026-09-22-darker-skin-careful-clinician.mdx`);
  });

  it('names both sitemaps in robots.txt', () => {
    expect(readBuild('robots.txt')).toContain(`Sitemap: ${origin}/sitemap.xml\nSitemap: ${origin}/es/sitemap.xml`);
  });

  it('lists every Spanish page in its own sitemap', () => {
    const locs = [...readBuild('es/sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    for (const id of translated) expect(locs).toContain(`${origin}/es/docs/${id}`);
    expect(locs.every((loc) => loc.startsWith(`${origin}/es/`))).toBe(true);
  });

  it('sends the addresses of older editions under /es/ to the same page of the current edition', () => {
    for (const version of versions.slice(1)) {
      // The redirect plugin writes <old address>/index.html.
      expect(readBuild(`es/docs/${version}/skin/layers-of-the-skin/index.html`)).toContain('/es/docs/skin/layers-of-the-skin');
    }
  });

  it('has its own search index, with the Spanish words patients type', () => {
    const [first] = listFiles(path.join(buildDir, 'es'), (rel) => /^search-index[^/]*\.first\.json$/.test(rel));
    const index = readBuild(`es/${first}`).toLowerCase();
    for (const word of ['picahielo', 'isotretinoína', 'cicatrices de acné']) expect(index).toContain(word);
    expect(index).toContain('"/es/docs/microneedling/aftercare"');
  });

  it('writes the glossary in Spanish with the English anchors, so Term hints link in both languages', () => {
    const page = dom('es/docs/reference/glossary.html');
    expect(page.querySelector('h3#icepick-scar')?.text).toMatch(/Cicatriz en picahielo/);
    const term = dom('es/docs/microneedling/aftercare.html').querySelector('[data-term="erythema"]');
    expect(term?.querySelector('a')?.getAttribute('href')).toBe('/es/docs/reference/glossary#erythema');
  });

  it('shows the tools in Spanish', () => {
    const page = dom('es/docs/microneedling/aftercare.html');
    expect(page.querySelector('main')?.text).toContain('¿En qué día de la recuperación está?');
    expect(page.querySelector('main')?.text).toContain('Llame a su clínica si');
  });
});
