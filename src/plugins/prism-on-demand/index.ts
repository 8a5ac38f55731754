/**
 * Docusaurus plugin: keep Prism out of the first-load bundle.
 *
 * The classic theme adds a client module that imports Prism into the main bundle on every page, only
 * to register `themeConfig.prism.additionalLanguages`. With none configured it does nothing, so it is
 * replaced by an empty module; the code block itself loads Prism lazily (src/theme/CodeBlock). When
 * additional languages are configured, the theme's module is kept as it is.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

export const prismClientModule = /@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/;
const emptyModule = path.join(__dirname, 'empty.js');

/** Additional Prism languages configured for the site (the classic theme's option). */
function additionalLanguages(themeConfig: LoadContext['siteConfig']['themeConfig']): string[] {
  const prism = (themeConfig as {prism?: {additionalLanguages?: unknown}}).prism;
  const languages = prism?.additionalLanguages;
  return Array.isArray(languages) ? languages.map(String) : [];
}

export default function prismOnDemandPlugin(context: LoadContext): Plugin {
  const keepTheme = additionalLanguages(context.siteConfig.themeConfig).length > 0;
  return {
    name: 'scaratlas-prism-on-demand',
    configureWebpack(_config, _isServer, {currentBundler}) {
      if (keepTheme) return {};
      return {plugins: [new currentBundler.instance.NormalModuleReplacementPlugin(prismClientModule, emptyModule)]};
    },
  };
}
