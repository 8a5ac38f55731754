/**
 * Serves KaTeX's stylesheet and fonts as files of our own site (never a CDN): copies them from the
 * pinned `katex` package into a generated static folder that docusaurus.config.ts adds to
 * `staticDirectories`, so they are served in `start` and copied into `build/katex/`.
 * Only woff2 and woff are copied; the ttf fallbacks are for browsers we do not support.
 */
import fs from 'node:fs';
import path from 'node:path';

export function prepareKatexAssets(siteDir: string): string {
  const source = path.dirname(require.resolve('katex/package.json', {paths: [siteDir]}));
  const root = path.join(siteDir, 'node_modules', '.cache', 'scaratlas-static');
  const target = path.join(root, 'katex');
  fs.mkdirSync(path.join(target, 'fonts'), {recursive: true});
  fs.copyFileSync(path.join(source, 'dist', 'katex.min.css'), path.join(target, 'katex.min.css'));
  for (const font of fs.readdirSync(path.join(source, 'dist', 'fonts'))) {
    if (/\.woff2?$/.test(font)) {
      fs.copyFileSync(path.join(source, 'dist', 'fonts', font), path.join(target, 'fonts', font));
    }
  }
  return root;
}
