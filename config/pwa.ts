import type {PluginOptions} from '@docusaurus/plugin-pwa';

/**
 * Offline reading. The service worker precaches the whole site (pages, assets, KaTeX fonts and the
 * search indexes) only when the reader asks for it: after installing the app, in standalone mode,
 * or by opening any page with `?offlineMode=true`. It does not download the site behind every
 * casual visitor's back, which matters on slow, metered phones.
 */
export const pwaOptions = {
  offlineModeActivationStrategies: ['appInstalled', 'standalone', 'queryString'],
  // Serves /docs/x from the precached /docs/x.html (we build with trailingSlash: false).
  swCustom: require.resolve('../src/sw.js'),
  // Workbox skips files over 2 MB by default; the second part of the current edition's search index
  // (its page text, src/plugins/search-in-two-steps) is 2.1 MB, and offline search needs it
  // precached. The page-weight budget tests keep the pages themselves small.
  // (The type asks for swSrc, which the plugin always sets itself and does not let us override.)
  injectManifestConfig: {maximumFileSizeToCacheInBytes: 4 * 1024 * 1024} as PluginOptions['injectManifestConfig'],
  pwaHead: [
    // Relative: the plugin prefixes each language's base URL (/es/, /scaratlas/es/).
    {tagName: 'link', rel: 'manifest', href: 'manifest.json'},
    {tagName: 'meta', name: 'theme-color', content: '#0b6b6b'},
    {tagName: 'link', rel: 'apple-touch-icon', href: 'img/icons/icon-192.png'},
  ],
} satisfies Partial<PluginOptions>;
