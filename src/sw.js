/**
 * Extra service-worker code for @docusaurus/plugin-pwa (its `swCustom` option).
 * The site is built with `trailingSlash: false`, so the page /docs/x is the file /docs/x.html.
 * The plugin's own worker only looks up /docs/x and /docs/x/index.html in its precache; this
 * answers page navigations from the precached /docs/x.html when offline mode is on.
 */
export default function swCustom(params) {
  if (!params.offlineMode) return;
  self.addEventListener('fetch', (event) => {
    const url = new URL(event.request.url);
    const isPage = event.request.mode === 'navigate' && url.origin === self.location.origin;
    if (!isPage || url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname)) return;
    event.respondWith(
      caches
        .match(`${url.origin}${url.pathname}.html`, {ignoreSearch: true})
        .then((cached) => cached || fetch(event.request)),
    );
  });
}
