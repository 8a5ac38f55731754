/**
 * Environment-dependent settings, read once. Everything else in the config is static.
 *
 * SITE_URL  origin the site is published at (no path), e.g. https://example.org
 * BASE_URL  path the site lives under; must start and end with "/" (e.g. /scaratlas/)
 */
export function normalizeBaseUrl(raw: string | undefined): string {
  const value = (raw ?? '/').trim() || '/';
  const withLead = value.startsWith('/') ? value : `/${value}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

export const siteUrl = process.env.SITE_URL ?? 'https://scaratlas.example.org';
export const baseUrl = normalizeBaseUrl(process.env.BASE_URL);
/** Build only the working edition and the latest published one (faster local previews). */
export const isPreviewBuild = process.env.SCARATLAS_PREVIEW === 'true';

/** `SCARATLAS_BUNDLER=webpack` builds with the classic webpack/Babel pipeline (for the bench). */
export const useFasterBundler = process.env.SCARATLAS_BUNDLER !== 'webpack';

export const repoUrl = 'https://github.com/scaratlas/scaratlas';
export const editUrl = `${repoUrl}/edit/main/`;
