/**
 * Assertions on the built site (build/). npm test builds once, then runs these and the browser tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parse, type HTMLElement} from 'node-html-parser';
import {buildDir, listFiles, readBuild, requireBuild, siteDir} from '../../measure/site';
import zlib from 'node:zlib';
import {retiredEditions} from '../../config/editions';
import {firstPartBudget} from '../../src/plugins/search-in-two-steps/split';

requireBuild();

const versions: string[] = JSON.parse(fs.readFileSync(path.join(siteDir, 'versions.json'), 'utf8'));
const latest = versions[0]!;
const htmlFiles = listFiles(buildDir, (rel) => rel.endsWith('.html'));
/** Built pages are minified (unquoted attributes), so read them with a real HTML parser. */
const dom = (rel: string): HTMLElement => parse(readBuild(rel));

/** Every doc of an edition, as the route it should build to. */
function editionRoutes(contentDir: string, routePrefix: string): string[] {
  return listFiles(contentDir, (rel) => /\.mdx?$/.test(rel)).map((rel) => `${routePrefix}/${rel.replace(/\.mdx?$/, '')}`);
}

describe('editions', () => {
  it('has a current and an older published edition', () => {
    expect(versions.length).toBeGreaterThanOrEqual(2);
    expect(fs.existsSync(path.join(siteDir, 'versioned_docs', `version-${latest}`))).toBe(true);
    expect(fs.existsSync(path.join(siteDir, 'versioned_sidebars', `version-${latest}-sidebars.json`))).toBe(true);
  });

  it('does not publish the working draft (docs/ is served by `npm start` and preview builds only)', () => {
    expect(editionRoutes(path.join(siteDir, 'docs'), 'docs').length).toBeGreaterThanOrEqual(40);
    expect(fs.existsSync(path.join(buildDir, 'docs', 'next'))).toBe(false);
    expect(htmlFiles.filter((file) => file.startsWith('docs/next/'))).toEqual([]);
    expect(readBuild('sitemap.xml')).not.toContain('/docs/next/');
  });

  it.each(versions.map((version, index) => [version, index]))('builds every page of edition %s', (version, index) => {
    const prefix = index === 0 ? 'docs' : `docs/${version}`;
    const routes = editionRoutes(path.join(siteDir, 'versioned_docs', `version-${version}`), prefix);
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) expect(htmlFiles).toContain(`${route}.html`);
  });
});

describe('retired editions', () => {
  it('keep their addresses: each old page redirects to the same page of the edition that replaced it', () => {
    for (const [retired, target] of Object.entries(retiredEditions)) {
      expect(versions).not.toContain(retired);
      expect(versions).toContain(target);
      const targetIndex = versions.indexOf(target);
      const routes = editionRoutes(path.join(siteDir, 'versioned_docs', `version-${target}`), targetIndex === 0 ? 'docs' : `docs/${target}`);
      expect(routes.length).toBeGreaterThan(40);
      for (const route of routes) {
        const old = route.replace(`docs/${target}`, `docs/${retired}`);
        const refresh = dom(`${old}/index.html`).querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
        expect([old, refresh]).toEqual([old, `0; url=/${route}`]);
      }
      expect(readBuild('sitemap.xml')).not.toContain(`/docs/${retired}/`);
    }
  });
});

describe('edition banners', () => {
  it('marks every page of an older edition and links to the same page in the current one', () => {
    for (const version of versions.slice(1)) {
      const older = dom(`docs/${version}/skin/layers-of-the-skin.html`).querySelector('.theme-doc-version-banner');
      expect(older?.text.replace(/\s+/g, ' ')).toContain(`This is edition ${version} of ScarAtlas, kept for reference. It is no longer updated.`);
      expect(older?.querySelector('a')?.getAttribute('href')).toBe('/docs/skin/layers-of-the-skin');
      expect(older?.text).toContain('current edition');
    }
  });

  it('shows no banner on the current edition', () => {
    expect(dom('docs/skin/layers-of-the-skin.html').querySelector('.theme-doc-version-banner')).toBeNull();
  });
});

describe('edit links', () => {
  it('open the working draft (docs/) from every edition, never the frozen copy', () => {
    for (const [index, version] of versions.entries()) {
      const route = index === 0 ? 'docs/skin/layers-of-the-skin.html' : `docs/${version}/skin/layers-of-the-skin.html`;
      const edit = dom(route).querySelector('a.theme-edit-this-page')?.getAttribute('href');
      expect(edit).toBe('https://github.com/scaratlas/scaratlas/edit/main/docs/skin/layers-of-the-skin.mdx');
    }
  });
});

describe('math (KaTeX served by the site)', () => {
  const mathPage = dom('docs/trainee/needle-depth-by-region.html');
  const plainPage = dom('docs/start-here/medical-disclaimer.html');
  const stylesheets = (page: HTMLElement) => page.querySelectorAll('link[rel=stylesheet]').map((l) => l.getAttribute('href'));

  it('renders formulas to KaTeX markup at build time', () => {
    expect(mathPage.querySelectorAll('.katex-display .katex').length).toBeGreaterThan(0);
    expect(mathPage.querySelectorAll('.katex math').length).toBeGreaterThan(0);
  });

  it('links the KaTeX stylesheet only on pages with math, from the site itself', () => {
    expect(stylesheets(mathPage)).toContain('/katex/katex.min.css');
    expect(stylesheets(plainPage)).not.toContain('/katex/katex.min.css');
  });

  it('ships the stylesheet and its fonts as files, not base64 in the global CSS', () => {
    const css = fs.readFileSync(path.join(buildDir, 'katex', 'katex.min.css'), 'utf8');
    const fonts = css.match(/url\(fonts\/[^)]+\.woff2\)/g) ?? [];
    expect(fonts.length).toBeGreaterThan(10);
    for (const font of fonts) expect(fs.existsSync(path.join(buildDir, 'katex', font.slice(4, -1)))).toBe(true);
    for (const file of listFiles(path.join(buildDir, 'assets', 'css'))) {
      expect(fs.readFileSync(path.join(buildDir, 'assets', 'css', file), 'utf8')).not.toMatch(/data:font\/woff2/);
    }
  });
});

describe('citations', () => {
  const page = dom('docs/microneedling/what-the-evidence-shows.html');

  it('numbers citations and links them to the reference list', () => {
    const first = page.querySelector('sup a[href="#ref-1"]');
    expect(first?.text).toBe('1');
    expect(first?.getAttribute('aria-label')).toMatch(/^Reference 1: /);
    const item = page.querySelector('ol.references-list li#ref-1');
    expect(item).not.toBeNull();
    const numbered = page.querySelectorAll('ol.references-list > li').length;
    const highest = Math.max(...page.querySelectorAll('sup a[href^="#ref-"]').map((a) => Number(a.text)));
    expect(highest).toBe(numbered);
    expect(page.querySelectorAll('a[href="https://doi.org/10.1001/jamadermatol.2013.8687"]').length).toBe(1);
  });

  it.each(versions.map((version, index) => [version, index === 0 ? 'docs' : `docs/${version}`]))(
    "cites the tools' sources with the page's numbered references (edition %s)",
    (_version, prefix) => {
      const pages = {
        [`${prefix}/microneedling/aftercare.html`]: 'ol[aria-label="Recovery phases, in order"]',
        [`${prefix}/microneedling/results-sessions-and-intervals.html`]: 'fieldset',
      };
      for (const [file, toolSelector] of Object.entries(pages)) {
        const page = dom(file);
        const tool = page.querySelector(toolSelector)!.parentNode!;
        const links = tool.querySelectorAll('sup a[href^="#ref-"]');
        expect({file, citations: links.length > 0}).toEqual({file, citations: true});
        expect(tool.text).not.toMatch(/Sources: [A-Z][a-z]+ \d{4}/);
        for (const link of links) {
          // "Reference 3: Chu 2021" must be item 3 of this page's list, an entry by Chu from 2021.
          const [, n, author, year] = /^Reference (\d+): (\S+).* (\d{4})$/.exec(link.getAttribute('aria-label') ?? '') ?? [];
          const item = page.querySelector(`ol.references-list li#ref-${n}`);
          expect({file, n, entry: item?.text.startsWith(author!) && item.text.includes(year!)}).toEqual({file, n, entry: true});
        }
      }
    },
  );

  it('lists every bibliography entry on the sources page', () => {
    const ids = fs.readFileSync(path.join(siteDir, 'src', 'data', 'bibliography.yaml'), 'utf8').match(/^- id: /gm) ?? [];
    expect(dom('docs/reference/bibliography.html').querySelectorAll('li[id^="source-"]').length).toBe(ids.length);
  });
});

describe('glossary', () => {
  it('generates an entry with its own anchor for every term', () => {
    const terms = fs.readFileSync(path.join(siteDir, 'versioned_docs', `version-${latest}`, '_data', 'glossary.yaml'), 'utf8').match(/^- id: /gm) ?? [];
    const page = dom('docs/reference/glossary.html');
    expect(terms.length).toBeGreaterThanOrEqual(60);
    expect(page.querySelectorAll('article h3[id]').length).toBe(terms.length);
    expect(page.querySelector('h3#icepick-scar')?.text).toMatch(/Icepick scar/);
  });
});

describe('search index', () => {
  // Each index ships in two parts (src/plugins/search-in-two-steps): `.first.json` and `.rest.json`.
  const indexFiles = listFiles(buildDir, (rel) => /(^|\/)search-index[^/]*\.first\.json$/.test(rel));
  const read = (file: string) => (readBuild(file) + readBuild(file.replace(/\.first\.json$/, '.rest.json'))).toLowerCase();

  it('has one index per edition, and one for the Spanish guide, with a content hash in the file name', () => {
    expect(indexFiles.map((file) => file.replace(/search-index.*$/, '')).sort()).toEqual(
      ['', 'es/', ...versions.slice(1).map((v) => `docs/${v}/`)].sort(),
    );
    for (const file of indexFiles) expect(file).toMatch(/search-index-[0-9a-f]{8}\.first\.json$/);
  });

  it('is split so that a first search downloads titles and keywords, not the page text', () => {
    const unsplit = listFiles(buildDir, (rel) => /(^|\/)search-index[^/]*\.json$/.test(rel) && !/\.(first|rest)\.json$/.test(rel));
    expect(unsplit).toEqual([]);
    for (const file of indexFiles) {
      const first = JSON.parse(readBuild(file)) as {type: number}[];
      const rest = JSON.parse(readBuild(file.replace(/\.first\.json$/, '.rest.json'))) as {type: number}[];
      expect(first.map((part) => part.type)).toEqual(expect.arrayContaining([0, 3])); // titles, keywords
      expect(rest.map((part) => part.type)).toContain(4); // page text
      expect(zlib.gzipSync(readBuild(file)).length).toBeLessThanOrEqual(firstPartBudget);
    }
  });

  it('indexes the published edition, its doc pages and the blog, in the root index', () => {
    const root = read(indexFiles.find((file) => file.startsWith('search-index'))!);
    expect(root).toContain('isotretinoin');
    expect(root).toContain('"/docs/scarring/atrophic-scar-types"');
    expect(root).not.toContain('"/docs/next/');
    expect(root).toMatch(/"\/blog\/20\d\d\/\d\d\/\d\d\/[a-z0-9-]+"/);
    expect(root).toContain('illustrative composite');
  });

  it("leaves the maintainers' page out of every index (patients search for treatment, not for editing)", () => {
    for (const file of indexFiles) {
      expect(read(file)).not.toContain('"/contributing"');
      expect(read(file)).not.toContain('writing for scaratlas');
    }
  });

  it('keeps each older edition in its own index', () => {
    for (const version of versions.slice(1)) {
      const older = read(indexFiles.find((file) => file.startsWith(`docs/${version}/`))!);
      expect(older).toContain(`"/docs/${version}/scarring/atrophic-scar-types"`);
      expect(older).not.toContain('"/docs/scarring/atrophic-scar-types"');
    }
  });
});

describe('feeds and sitemap', () => {
  it.each(['sitemap.xml', 'blog/rss.xml', 'blog/atom.xml'])('%s exists', (file) => {
    expect(readBuild(file).length).toBeGreaterThan(200);
  });

  it('dates every guide page and story with <lastmod> (from git)', () => {
    const entries = [...readBuild('sitemap.xml').matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
    // Pages written as files: /docs/[edition/]section/page and /blog/yyyy/...; a section's
    // generated index (/docs/skin) has no file, hence no date.
    const pages = entries.filter((entry) => /<loc>[^<]*\/(docs\/(\d{4}\.\d+\/)?[a-z-]+\/[^<]+|blog\/20\d\d\/[^<]+)<\/loc>/.test(entry));
    expect(pages.length).toBeGreaterThan(40);
    const undated = pages.filter((entry) => !/<lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/.test(entry));
    expect(undated).toEqual([]);
  });

  it('lists the stories in the RSS feed', () => {
    expect((readBuild('blog/rss.xml').match(/<item>/g) ?? []).length).toBeGreaterThanOrEqual(6);
  });
});

describe('stories', () => {
  const posts = htmlFiles.filter((file) => /^blog\/\d{4}\/\d\d\/\d\d\/[^/]+\.html$/.test(file));

  it('date every story and its list entry in words, with the machine date alongside', () => {
    expect(posts.length).toBeGreaterThanOrEqual(6);
    for (const file of [...posts, 'blog.html']) {
      const times = dom(file).querySelectorAll('article header time');
      expect(times.length).toBeGreaterThan(0);
      for (const time of times) {
        const written = new Date(time.getAttribute('datetime') ?? '').toLocaleDateString('en-GB', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});
        expect(time.text).toBe(written);
        expect(time.parentNode?.text).toMatch(/ · (One|\d+) min read$/);
      }
    }
  });
});

describe('no third-party resources', () => {
  const external = /^(https?:)?\/\//;

  it('loads no script, stylesheet, font, image or frame from another origin', () => {
    const offenders: string[] = [];
    for (const file of htmlFiles) {
      const page = dom(file);
      const loaded = [
        ...page.querySelectorAll('script[src], img[src], iframe[src], source[src], audio[src], video[src]').map((el) => el.getAttribute('src')),
        ...page
          .querySelectorAll('link[href]')
          .filter((el) => !/^(canonical|alternate)$/.test(el.getAttribute('rel') ?? ''))
          .map((el) => el.getAttribute('href')),
      ];
      for (const url of loaded) if (url && external.test(url)) offenders.push(`${file}: ${url}`);
    }
    expect(offenders).toEqual([]);
  });

  it('has no url() or @import to another origin in any CSS', () => {
    for (const file of listFiles(buildDir, (rel) => rel.endsWith('.css'))) {
      const css = readBuild(file);
      expect([...css.matchAll(/url\(\s*['"]?(https?:)?\/\//g)]).toEqual([]);
      expect(css).not.toMatch(/@import\s+(url\()?\s*['"]?https?:/);
    }
  });
});

describe('template leftovers', () => {
  it('has no Docusaurus tutorial or dinosaur', () => {
    const home = readBuild('index.html');
    expect(home).not.toMatch(/Docusaurus Tutorial|docusaurus\.png|undraw_docusaurus/i);
    expect(home).toContain('I have acne scars');
  });
});
