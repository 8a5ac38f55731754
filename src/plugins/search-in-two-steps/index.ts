/**
 * The search plugin (@easyops-cn/docusaurus-search-local), wrapped so that a first search downloads
 * about a tenth of the index: after the plugin writes its indexes, each is split in two (./split.ts), and
 * the plugin's search worker is swapped for ./worker.js, which loads the two parts in turn. Why and
 * at what cost: config/search.ts.
 *
 * Offline reading precaches the split files, so the service worker's manifest (plugin-pwa's
 * postBuild) must be written after the split: Docusaurus runs every plugin's postBuild at once, so
 * `afterSearchIndexes` makes another plugin's postBuild wait for it.
 */
import path from 'node:path';
import type {LoadContext, Plugin, PluginModule} from '@docusaurus/types';
import type {PluginOptions} from '@easyops-cn/docusaurus-search-local/dist/types';
import {splitIndexes} from './split';

/**
 * The search plugin's module. Its typings describe its options only; its main module is the plugin.
 * Loaded when used, so that tests can read this file's patterns without loading the plugin.
 */
const searchModule = () =>
  require('@easyops-cn/docusaurus-search-local') as {
    default: PluginModule<PluginOptions>;
    validateOptions: NonNullable<PluginModule<PluginOptions>['validateOptions']>;
  };

/** The plugin's worker module, as the bundler resolves it. */
export const upstreamWorker = /@easyops-cn[\\/]docusaurus-search-local[\\/]dist[\\/]client[\\/]client[\\/]theme[\\/]worker\.js$/;
const worker = path.join(__dirname, 'worker.js');

let indexesWritten: Promise<void> = Promise.resolve();

const searchInTwoSteps = ((context: LoadContext, options: unknown): Plugin => {
  const plugin = searchModule().default(context, options as PluginOptions) as Plugin;
  let done!: () => void;
  let failed!: (error: unknown) => void;
  indexesWritten = new Promise<void>((resolve, reject) => {
    done = resolve;
    failed = reject;
  });
  indexesWritten.catch(() => undefined); // reported by this plugin's own postBuild
  return {
    ...plugin,
    async postBuild(props) {
      try {
        await plugin.postBuild?.(props);
        splitIndexes(props.outDir);
        done();
      } catch (error) {
        failed(error);
        throw error;
      }
    },
    configureWebpack(config, isServer, utils, content) {
      const own = plugin.configureWebpack?.(config, isServer, utils, content) || {};
      return {...own, plugins: [...(own.plugins ?? []), new utils.currentBundler.instance.NormalModuleReplacementPlugin(upstreamWorker, worker)]};
    },
  };
}) as PluginModule;
searchInTwoSteps.validateOptions = ((args) => searchModule().validateOptions(args as never)) as PluginModule['validateOptions'];

export default searchInTwoSteps;

/**
 * A plugin package (by name) whose postBuild starts once the search indexes are written and split.
 * The paths a plugin returns relative to its own folder are made absolute: Docusaurus resolves them
 * against the plugin module's folder, which for a wrapper would be the site.
 */
export function afterSearchIndexes(name: string): PluginModule {
  const dir = path.dirname(require.resolve(name));
  const module = (require(name) as {default: PluginModule}).default;
  const absolute = (file: string) => (file.startsWith('.') ? path.resolve(dir, file) : file);
  const wrapped = ((context: LoadContext, options: unknown) => {
    const plugin = module(context, options) as Plugin | null;
    // plugin-pwa is off outside production builds (`docusaurus start`, write-translations).
    if (!plugin) return null;
    return {
      ...plugin,
      ...(plugin.getThemePath && {getThemePath: () => absolute(plugin.getThemePath!())}),
      ...(plugin.getClientModules && {getClientModules: () => plugin.getClientModules!().map(absolute)}),
      async postBuild(props) {
        await indexesWritten;
        await plugin.postBuild?.(props);
      },
    };
  }) as PluginModule;
  wrapped.validateOptions = module.validateOptions;
  wrapped.validateThemeConfig = module.validateThemeConfig;
  return wrapped;
}
