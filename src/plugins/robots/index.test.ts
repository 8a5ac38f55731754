import {robotsTxt} from '.';

describe('robots.txt', () => {
  it('names the sitemap of every language, under the base URL', () => {
    expect(robotsTxt({siteUrl: 'https://x.org', baseUrl: '/scaratlas/', locales: ['en', 'es'], defaultLocale: 'en', noIndex: false})).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://x.org/scaratlas/sitemap.xml\nSitemap: https://x.org/scaratlas/es/sitemap.xml\n',
    );
  });

  it('disallows everything in a preview build', () => {
    expect(robotsTxt({siteUrl: 'https://x.org', baseUrl: '/', locales: ['en', 'es'], defaultLocale: 'en', noIndex: true})).toBe('User-agent: *\nDisallow: /\n');
  });
});
