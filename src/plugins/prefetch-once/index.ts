/**
 * Docusaurus plugin: prefetch each chunk once, when the browser is idle.
 *
 * Every internal link that scrolls into view makes Docusaurus prefetch all chunks of its route.
 * Routes share most of their chunks, and the framework remembers routes, not files, so a guide page
 * appended hundreds of <link rel="prefetch"> elements for a couple of dozen files, all in the
 * visibility callback right after hydration: main-thread time a phone pays while the reader waits
 * to scroll. The framework has no option for this, so its small prefetch helper is swapped for
 * client.ts (same contract; prefetching, and the preload on hover or touch, stay).
 */
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

export const frameworkPrefetch = /@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]prefetch\.js$/;
const replacement = path.join(__dirname, 'client.ts');

export default function prefetchOncePlugin(): Plugin {
  return {
    name: 'scaratlas-prefetch-once',
    configureWebpack(_config, _isServer, {currentBundler}) {
      return {plugins: [new currentBundler.instance.NormalModuleReplacementPlugin(frameworkPrefetch, replacement)]};
    },
  };
}
