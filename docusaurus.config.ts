import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';

import {baseUrl, blogEditUrl, docsEditUrl, includeWorkingDraft, isPreviewBuild, siteUrl} from './config/site';
import {navbar} from './config/navbar';
import {footer} from './config/footer';
import {searchPluginOptions} from './config/search';
import {pwaOptions} from './config/pwa';
import {currentEditionOnlyRedirects, retiredEditionRedirects} from './config/editions';
import {builtLocaleConfigs, currentLocale, defaultLocale, editions, locales} from './config/locales';
import {darkCodeTheme, lightCodeTheme} from './config/prism';
import {createFrontMatterParser} from './src/content/parse';
import remarkCitations from './src/remark/citations';
import remarkGlossary from './src/remark/glossary';
import remarkEditionLinks from './src/remark/edition-links';
import remarkKatexStylesheet from './src/remark/katex-stylesheet';
import {prepareKatexAssets} from './src/plugins/katex-assets';
import securityHeadersPlugin from './src/plugins/security-headers';
import robotsPlugin from './src/plugins/robots';
import prismOnDemandPlugin from './src/plugins/prism-on-demand';
import prefetchOncePlugin from './src/plugins/prefetch-once';
import searchInTwoSteps, {afterSearchIndexes} from './src/plugins/search-in-two-steps';

// KaTeX's stylesheet and fonts are served as our own files (see src/plugins/katex-assets).
const katexStaticDir = prepareKatexAssets(__dirname);

/** Markdown plugins shared by docs, blog and pages: math, citations, per-page KaTeX stylesheet. */
const markdownPlugins = {
  remarkPlugins: [
    remarkMath,
    remarkCitations,
    [remarkKatexStylesheet, {href: `${baseUrl}katex/katex.min.css`}],
  ],
  rehypePlugins: [rehypeKatex],
};

const config = {
  title: 'ScarAtlas',
  tagline: 'Acne scars and microneedling, explained with sources, for patients and trainees.',
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl,
  trailingSlash: false,
  // A preview build is for reviewers only: robots noindex on every page, and no sitemap.xml.
  noIndex: isPreviewBuild,
  // The base-URL help banner is an inline script; our baseUrl comes from BASE_URL and is tested.
  baseUrlIssueBanner: false,

  // Every broken link or anchor fails the build.
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  // English, and the patient guide in Spanish at /es/ (config/locales.ts).
  i18n: {defaultLocale, locales, localeConfigs: builtLocaleConfigs},

  // `v4` opts into the v4 defaults; `faster` is the Rspack/SWC/Lightning CSS pipeline.
  // `experimental_vcs: 'git-ad-hoc'`: v4's default ('default-v2', which reads all file dates from git
  // at once) looks files up by a path form that misses in 3.10.2, so the sitemap had no <lastmod>
  // (facebook/docusaurus#12322). The ad-hoc reader asks git per file, as Docusaurus 3 always did.
  // Dates come from git history: deploy from a full clone (the workflow checks out with fetch-depth 0).
  future: {v4: true, faster: true, experimental_vcs: 'git-ad-hoc'},

  staticDirectories: ['static', katexStaticDir],

  markdown: {
    format: 'detect',
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
    // Content rules: a malformed or incomplete frontmatter fails the build naming file and field.
    parseFrontMatter: createFrontMatterParser(__dirname),
  },

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          editUrl: docsEditUrl,
          showLastUpdateTime: false,
          ...markdownPlugins,
          // Glossary terms and the generated glossary, before Docusaurus' own link resolution.
          // In a translated build, links between guide pages are written from the docs root, so that
          // translated and English-only pages reach each other (src/remark/edition-links).
          beforeDefaultRemarkPlugins: [remarkGlossary, [remarkEditionLinks, {enabled: currentLocale !== defaultLocale}]],
          // Published editions live in versioned_docs/ and the latest is served at /docs/.
          // docs/ is the working draft, never in the public build, where patients could land on
          // advice that has not been reviewed for an edition yet. `npm start` serves it at
          // /docs/next/ beside the editions; a preview build (SCARATLAS_PREVIEW=true, for a private
          // staging host) builds it alone at /docs/, so every /docs/... link of the navbar, footer
          // and pages resolves, and marks the whole site noindex (see `noIndex` above).
          includeCurrentVersion: includeWorkingDraft,
          // The Spanish guide starts with edition 2027.1: older editions are English only, and their
          // Spanish addresses lead to the same page of the current edition (redirects below).
          ...(currentLocale !== defaultLocale && !isPreviewBuild
            ? {onlyIncludeVersions: [...(includeWorkingDraft ? ['current'] : []), editions(__dirname)[0]!]}
            : {}),
          ...(isPreviewBuild
            ? {
                onlyIncludeVersions: ['current'],
                lastVersion: 'current',
                versions: {current: {label: 'Working draft (preview)', path: '', banner: 'unreleased'}},
              }
            : includeWorkingDraft
              ? {versions: {current: {label: 'Next (working draft)', path: 'next', banner: 'unreleased'}}}
              : {}),
        },
        blog: {
          path: 'blog',
          routeBasePath: 'blog',
          blogTitle: 'Patient stories',
          blogDescription: 'Illustrative composite stories about acne scars and microneedling, linked to the guide.',
          blogSidebarTitle: 'All stories',
          blogSidebarCount: 'ALL',
          postsPerPage: 10,
          showReadingTime: true,
          authorsMapPath: 'authors.yml',
          tags: 'tags.yml',
          onInlineTags: 'throw',
          onInlineAuthors: 'throw',
          onUntruncatedBlogPosts: 'throw',
          feedOptions: {
            type: ['rss', 'atom'],
            title: 'ScarAtlas patient stories',
            description: 'Illustrative composite stories about acne scars and microneedling.',
            copyright: 'ScarAtlas, CC BY 4.0',
            xslt: false,
          },
          editUrl: blogEditUrl,
          ...markdownPlugins,
        },
        pages: {...markdownPlugins},
        theme: {customCss: './src/css/custom.css'},
        sitemap: {lastmod: 'date', changefreq: null, priority: null},
      } satisfies Preset.Options,
    ],
  ],

  // The search plugin, loading its index in two steps (config/search.ts says why).
  themes: [[searchInTwoSteps, searchPluginOptions(__dirname)]],

  plugins: [
    // Writes build/_headers: a Content-Security-Policy that allows only this site's own files.
    securityHeadersPlugin,
    // Writes build/robots.txt with the sitemap of each language (or Disallow in a preview build).
    robotsPlugin,
    // Prism loads with the first code block instead of on every page (first-load JS budget).
    prismOnDemandPlugin,
    // Each chunk is prefetched once, at idle time, not once per visible link right after hydration.
    prefetchOncePlugin,
    // Offline reading; its precache list is written once the search indexes are split.
    [afterSearchIndexes('@docusaurus/plugin-pwa'), pwaOptions],
    // Old addresses of retired editions lead to the same page in the edition that replaced them.
    [
      '@docusaurus/plugin-client-redirects',
      {
        createRedirects:
          currentLocale === defaultLocale ? retiredEditionRedirects : isPreviewBuild ? () => [] : currentEditionOnlyRedirects(editions(__dirname)),
      },
    ],
  ],

  themeConfig: {
    image: 'img/social/default.png',
    colorMode: {defaultMode: 'light', respectPrefersColorScheme: true},
    docs: {sidebar: {hideable: true, autoCollapseCategories: false}},
    navbar,
    footer,
    prism: {theme: lightCodeTheme, darkTheme: darkCodeTheme},
    metadata: [{name: 'referrer', content: 'no-referrer'}],
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
