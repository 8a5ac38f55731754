/**
 * Translated pages (i18n/<locale>/…): which English file each one translates, and whether that
 * English page has changed since. A translation records the fingerprint of the English text it was
 * made from (`translation.source_sha`, written by `npm run translations:stamp`); the build compares it
 * with the English page as it is now, and the page's status line tells the reader when the English
 * page has changed since (the content report lists those pages for the translators).
 */
import fs from 'node:fs';
import path from 'node:path';
import {textSha} from './claim-checks';

export interface TranslatedFile {
  locale: string;
  /** The English file it translates, relative to the site ("docs/skin/x.mdx", "blog/2026-…mdx"). */
  source: string;
  /** The docs edition folder the English file belongs to ("docs" or "versioned_docs/version-2027.1"), for docs. */
  editionDir?: string;
  /** Its path inside that edition ("skin/x.mdx"), for docs. */
  page?: string;
}

const DOCS = /^i18n\/([a-z]{2})\/docusaurus-plugin-content-docs\/(current|version-[^/]+)\/(.+\.mdx?)$/;
const BLOG = /^i18n\/([a-z]{2})\/docusaurus-plugin-content-blog\/(.+\.mdx?)$/;

/** The English file a translated page translates; undefined for a file that is not a translation. */
export function translatedFile(relativePath: string): TranslatedFile | undefined {
  const p = relativePath.split('\\').join('/');
  const docs = DOCS.exec(p);
  if (docs) {
    const editionDir = docs[2] === 'current' ? 'docs' : `versioned_docs/${docs[2]}`;
    return {locale: docs[1]!, source: `${editionDir}/${docs[3]}`, editionDir, page: docs[3]!};
  }
  const blog = BLOG.exec(p);
  if (blog) return {locale: blog[1]!, source: `blog/${blog[2]}`};
  return undefined;
}

export type TranslationStatus = 'current' | 'outdated';

/** The fingerprint a translation of `relativePath` must record: that of its English page's text. */
export function sourceShaOf(siteDir: string, relativePath: string): string {
  const file = translatedFile(relativePath);
  if (!file) throw new Error(`${relativePath}: not a translated page (i18n/<locale>/docusaurus-plugin-content-docs|blog/...)`);
  const source = path.join(siteDir, file.source);
  if (!fs.existsSync(source)) throw new Error(`${relativePath}: translates ${file.source}, which does not exist`);
  return textSha(fs.readFileSync(source, 'utf8'));
}

/** "current" while the English page's text is the one translated, "outdated" once it has changed. */
export function translationStatus(siteDir: string, relativePath: string, recordedSha: string): TranslationStatus {
  return sourceShaOf(siteDir, relativePath) === recordedSha ? 'current' : 'outdated';
}
