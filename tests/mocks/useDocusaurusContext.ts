/** Test stand-in for @docusaurus/useDocusaurusContext: the site's locales, in the test locale (./locale.ts). */
import {testLocale} from './locale';

export default function useDocusaurusContext() {
  return {
    siteConfig: {url: 'https://scaratlas.example.org', baseUrl: '/', title: 'ScarAtlas'},
    i18n: {currentLocale: testLocale(), defaultLocale: 'en', locales: ['en', 'es']},
  };
}
