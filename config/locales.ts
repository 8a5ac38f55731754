/**
 * The site's languages. English is the guide's source; Spanish (`/es/`) carries the patient guide of
 * the current edition (and of the working draft where that is built), translated page by page in
 * i18n/es/. Pages not translated yet (the trainee chapter, the maintainers' pages) are shown in
 * English there, with a notice in Spanish, as Docusaurus does for any untranslated file.
 *
 * Docusaurus builds one locale after the other and reads this config afresh for each, with
 * DOCUSAURUS_CURRENT_LOCALE set: options that differ by locale are read from `currentLocale`.
 */
import fs from 'node:fs';
import path from 'node:path';

export const defaultLocale = 'en';
/** Every language the site has pages in. */
export const siteLocales = ['en', 'es'] as const;
export type Locale = (typeof siteLocales)[number];

/**
 * The languages built: all of them, unless SCARATLAS_LOCALES names fewer (`SCARATLAS_LOCALES=en npm
 * start` for a quicker English-only preview). English, the source, is always built.
 */
export function builtLocales(raw = process.env.SCARATLAS_LOCALES): Locale[] {
  const names = (raw ?? siteLocales.join(',')).split(',').map((name) => name.trim()).filter(Boolean);
  for (const name of names) {
    if (!(siteLocales as readonly string[]).includes(name)) throw new Error(`SCARATLAS_LOCALES: "${name}" is not one of ${siteLocales.join(', ')}`);
  }
  if (!names.includes(defaultLocale)) throw new Error(`SCARATLAS_LOCALES must include "${defaultLocale}", the guide's source language`);
  return names as Locale[];
}

export const locales = builtLocales();

export const localeConfigs = {
  en: {label: 'English', htmlLang: 'en'},
  es: {label: 'Español', htmlLang: 'es'},
} satisfies Record<Locale, {label: string; htmlLang: string}>;

/** The configs of the built languages only (Docusaurus rejects configs of languages it does not build). */
export const builtLocaleConfigs = Object.fromEntries(locales.map((locale) => [locale, localeConfigs[locale]]));

function localeFromEnv(raw: string | undefined): Locale {
  if (raw === undefined) return defaultLocale;
  if (!(siteLocales as readonly string[]).includes(raw)) throw new Error(`DOCUSAURUS_CURRENT_LOCALE="${raw}" is not one of ${siteLocales.join(', ')}`);
  return raw as Locale;
}

export const currentLocale: Locale = localeFromEnv(process.env.DOCUSAURUS_CURRENT_LOCALE);

/** Where the translation of a docs file lives: `version` is "current" (the draft) or "version-2027.1". */
export const translatedDocsDir = (siteDir: string, locale: Exclude<Locale, 'en'>, version: string): string =>
  path.join(siteDir, 'i18n', locale, 'docusaurus-plugin-content-docs', version);

/** The published editions, newest first (versions.json). */
export const editions = (siteDir: string): string[] => JSON.parse(fs.readFileSync(path.join(siteDir, 'versions.json'), 'utf8')) as string[];
