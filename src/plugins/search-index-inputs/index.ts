/**
 * The search index's file name must change whenever what it indexes changes, so that a deploy never
 * leaves readers (and the service worker) on an old index. The search plugin names the file after
 * an md5 of the Markdown files in its `docsDir` and `blogDir` folders only: by default `docs/` and
 * `blog/`, which misses the published editions (versioned_docs/) and the data that pages render
 * (the glossary and tools' data in each edition's `_data/`, the bibliography, our own pages).
 *
 * So the config passes `docsDir: ['docs', 'versioned_docs', <this folder>]`, and this folder holds
 * one generated Markdown file whose text is a digest of every other input. Written when the config
 * is loaded, before the build reads anything.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {listFiles} from '../../utils/files';

/** Folders whose files shape the index (relative to the site); the plugin hashes their Markdown itself. */
const renderedInputs = ['docs', 'versioned_docs', 'blog', 'src/data', 'src/pages', 'i18n'];
const hashedByPlugin = /^(docs|versioned_docs|blog)\/.*\.mdx?$/;

/** Digest of the index's non-Markdown inputs (file names and contents), stable across machines. */
export function searchInputsDigest(siteDir: string): string {
  const hash = crypto.createHash('sha256');
  const files = renderedInputs
    .flatMap((dir) => listFiles(path.join(siteDir, dir), (rel) => /\.(ya?ml|json|tsx?|mdx?)$/.test(rel)).map((rel) => `${dir}/${rel}`))
    .filter((file) => !hashedByPlugin.test(file));
  for (const file of files.sort()) {
    hash.update(file);
    hash.update(fs.readFileSync(path.join(siteDir, file)));
  }
  return hash.digest('hex');
}

/** Writes the digest as Markdown into a generated folder and returns the folder, for `docsDir`. */
export function writeSearchInputsDigest(siteDir: string): string {
  const dir = path.join(siteDir, 'node_modules', '.cache', 'scaratlas-search-inputs');
  fs.mkdirSync(dir, {recursive: true});
  fs.writeFileSync(path.join(dir, 'inputs.md'), `${searchInputsDigest(siteDir)}\n`);
  return dir;
}
