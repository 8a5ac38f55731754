/**
 * Writes build/robots.txt, naming the sitemap of every language (build/sitemap.xml and
 * build/es/sitemap.xml): each language's build writes its own sitemap, and robots.txt is where
 * search engines learn of both. A preview build, which no search engine should read, disallows all.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

export function robotsTxt({siteUrl, baseUrl, locales, defaultLocale, noIndex}: {siteUrl: string; baseUrl: string; locales: readonly string[]; defaultLocale: string; noIndex: boolean}): string {
  if (noIndex) return 'User-agent: *\nDisallow: /\n';
  const sitemaps = locales.map((locale) => `Sitemap: ${siteUrl}${baseUrl}${locale === defaultLocale ? '' : `${locale}/`}sitemap.xml`);
  return ['User-agent: *', 'Allow: /', '', ...sitemaps, ''].join('\n');
}

export default function robotsPlugin(context: LoadContext): Plugin {
  return {
    name: 'scaratlas-robots',
    async postBuild({outDir}) {
      const {currentLocale, defaultLocale, locales} = context.i18n;
      if (currentLocale !== defaultLocale) return; // the default language's build is the site's root
      const {url, baseUrl, noIndex} = context.siteConfig;
      fs.writeFileSync(path.join(outDir, 'robots.txt'), robotsTxt({siteUrl: url, baseUrl, locales, defaultLocale, noIndex}));
    },
  };
}
