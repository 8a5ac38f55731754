import type {PluginOptions} from '@easyops-cn/docusaurus-search-local/dist/types';
import {writeSearchInputsDigest} from '../src/plugins/search-index-inputs';

/**
 * Local full-text search: the index is built at build time and served as static files.
 * - hashed: 'filename' so a deploy never serves a stale index. The plugin names the file after the
 *   Markdown of `docsDir` and `blogDir` only; `searchPluginOptions` below adds the published editions
 *   and a digest of the data the pages render (src/plugins/search-index-inputs.ts).
 * - KaTeX output and code are not indexed: they bloat the index and never match a reader's words.
 * - frontmatter keywords/description are indexed, which is where lay terms ("Accutane", "ice pick")
 *   live, since the plugin has no synonyms.
 * - The maintainers' page ("Writing for ScarAtlas", /contributing) is left out: a patient searching
 *   "review" or "sources" should land on the guide, not on editing instructions. (Routes here are
 *   matched without the base URL.)
 */
export const searchOptions = {
  hashed: 'filename',
  language: ['en'],
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

/** The plugin's options for this site: `docsDir` lists every folder whose change must rename the index. */
export function searchPluginOptions(siteDir: string) {
  return {...searchOptions, docsDir: ['docs', 'versioned_docs', writeSearchInputsDigest(siteDir)]} satisfies PluginOptions;
}
