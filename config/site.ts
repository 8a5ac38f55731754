/**
 * Environment-dependent settings, read once. Everything else in the config is static.
 *
 * SITE_URL  origin the site is published at (no path), e.g. https://example.org
 * BASE_URL  path the site lives under; must start and end with "/" (e.g. /scaratlas/)
 */
import fs from 'node:fs';
import path from 'node:path';

const siteDir = path.resolve(__dirname, '..');

export function normalizeBaseUrl(raw: string | undefined): string {
  const value = (raw ?? '/').trim() || '/';
  const withLead = value.startsWith('/') ? value : `/${value}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

export const siteUrl = process.env.SITE_URL ?? 'https://scaratlas.example.org';
export const baseUrl = normalizeBaseUrl(process.env.BASE_URL);
/** A reviewers' preview: build only the working draft (docs/), e.g. for a private staging host. */
export const isPreviewBuild = process.env.SCARATLAS_PREVIEW === 'true';

/**
 * The working draft is served by the development server and in a preview build, not in the public
 * build (`docusaurus build` sets NODE_ENV=production before it reads the config).
 */
export function workingDraftIncluded(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SCARATLAS_PREVIEW === 'true' || env.NODE_ENV !== 'production';
}

export const includeWorkingDraft = workingDraftIncluded();

export const repoUrl = 'https://github.com/scaratlas/scaratlas';
/** Where "Edit this page" opens a story (blog/...). */
export const editUrl = `${repoUrl}/edit/main/`;

/**
 * "Edit this page" on a guide page, in any edition, opens the working draft (docs/...): editions
 * are frozen copies, and a fix made in versioned_docs/ would be lost at the next cut. The same for
 * translations: a Spanish page opens its draft translation, or the English draft page if it has none.
 */
export const docsEditUrl = ({docPath, locale}: {docPath: string; locale: string}): string => {
  // A translated page is edited in the working draft's translation (i18n/<locale>/…/current/).
  const translation = `i18n/${locale}/docusaurus-plugin-content-docs/current/${docPath}`;
  return locale !== 'en' && fs.existsSync(path.join(siteDir, translation)) ? `${repoUrl}/edit/main/${translation}` : `${repoUrl}/edit/main/docs/${docPath}`;
};

/** "Edit this page" on a story; a translated story opens its translation. */
export const blogEditUrl = ({blogPath, locale}: {blogPath: string; locale: string}): string => {
  const translation = `i18n/${locale}/docusaurus-plugin-content-blog/${blogPath}`;
  return locale !== 'en' && fs.existsSync(path.join(siteDir, translation)) ? `${editUrl}${translation}` : `${editUrl}blog/${blogPath}`;
};
