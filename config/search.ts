import fs from 'node:fs';
import path from 'node:path';
import type {PluginOptions} from '@easyops-cn/docusaurus-search-local/dist/types';
import {writeSearchInputsDigest} from '../src/plugins/search-index-inputs';
import {currentLocale} from './locales';

/**
 * Local full-text search: the index is built at build time and served as static files.
 * - hashed: 'filename' so a deploy never serves a stale index. The plugin names the file after the
 *   Markdown of `docsDir` and `blogDir` only; `searchPluginOptions` below adds the published editions
 *   and a digest of the data the pages render (src/plugins/search-index-inputs).
 * - KaTeX output and code are not indexed: they bloat the index and never match a reader's words.
 * - frontmatter keywords/description are indexed, which is where lay terms ("Accutane", "ice pick")
 *   live, since the plugin has no synonyms.
 * - The maintainers' page ("Writing for ScarAtlas", /contributing) is left out: a patient searching
 *   "review" or "sources" should land on the guide, not on editing instructions. (Routes here are
 *   matched without the base URL.)
 *
 * A first search on a phone, and why the index loads in two steps (src/plugins/search-in-two-steps).
 * The plugin loads an edition's whole index when the search box is hovered or focused: 2.4 MB of JSON,
 * 610 KB gzip in edition 2027.1, of which the page text is 540 KB. Under Lighthouse's mobile
 * conditions a reader typing "keloid" waited 3.3-3.7 s after the last key (`npm run bench`). The
 * plugin's options could not fix that without losing what readers find: `ignoreCssSelectors` trims
 * a few percent; `searchContextByPaths` (one index per section) would make "keloid" typed on a
 * microneedling page miss the scarring page and still grows with each section. So the index is
 * split after the build: titles and keywords first, then descriptions and headings as long as the
 * first part stays under 72 KB gzip (so that a first search stays within 110 KB), and the page text in a second file that follows in the
 * background. Measured: 0.83-0.89 s after the last key and 95-121 KB downloaded at today's size;
 * with the edition copied ten times (460 pages), 0.86-1.43 s and 128-170 KB, headings then moving to
 * the second part (measured with a 120 KB first part; at 72 KB, descriptions may move there too).
 * The Spanish index's first part holds titles, keywords and descriptions (44 KB gz); its headings,
 * longer than the English ones, go to the second part.
 * The trade-off: until the second part has arrived (about 3 s on that phone), the dropdown shows
 * only what titles, keywords, descriptions (and, today, headings) match; a word that only the page
 * text contains waits for the second part, as every search did before, and the search page always
 * waits for it. So a page must carry the words patients type in its title, headings, `keywords` or
 * description (tests/browser/search-queries.test.ts). The cost in code: the plugin's search worker
 * is swapped for a copy that loads two files, recorded with its upstream hash (src/theme/upstream.ts).
 *
 * Each language has its own index, built with its own build (build/ and build/es/), stemmed in
 * that language: Spanish readers' "cicatrices" finds "cicatriz". Pages shown in English under /es/
 * (the trainee chapter) are indexed with the Spanish stemmer too; the Spanish pages' keywords carry
 * the English words Spanish speakers also type ("microneedling", "Roaccutane").
 */
export const searchOptions = {
  hashed: 'filename',
  language: [currentLocale],
  indexDocs: true,
  indexBlog: true,
  indexPages: true,
  docsRouteBasePath: '/docs',
  blogRouteBasePath: '/blog',
  highlightSearchTermsOnTargetPage: true,
  explicitSearchResultPath: true,
  searchResultLimits: 8,
  searchResultContextMaxLength: 60,
  searchBarShortcutHint: false,
  ignoreCssSelectors: ['.katex', 'pre', '.references-list'],
  ignoreFiles: ['contributing'],
} satisfies PluginOptions;

/** The plugin's options for this site: `docsDir` lists every folder whose change must rename the index (translations included). */
export function searchPluginOptions(siteDir: string) {
  const translations = fs.existsSync(path.join(siteDir, 'i18n')) ? ['i18n'] : [];
  return {...searchOptions, docsDir: ['docs', 'versioned_docs', ...translations, writeSearchInputsDigest(siteDir)]} satisfies PluginOptions;
}
