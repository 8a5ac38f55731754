/** schema.org data for guide pages. Pure: no React. */
import type {Audience} from '../../content/frontmatter';

export interface GuidePage {
  url: string;
  title: string;
  description: string;
  audience: Audience;
  lastReviewed: string;
  siteName: string;
  siteUrl: string;
  /** Language of the page (BCP 47, the site's locale); English when absent. */
  inLanguage?: string;
}

const audiences = {
  patient: ['Patient'],
  trainee: ['Clinician'],
  both: ['Patient', 'Clinician'],
} as const;

export function medicalWebPage(page: GuidePage): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': page.url,
    url: page.url,
    name: page.title,
    description: page.description,
    inLanguage: page.inLanguage ?? 'en',
    lastReviewed: page.lastReviewed,
    medicalAudience: audiences[page.audience].map((name) => ({'@type': 'MedicalAudience', audienceType: name})),
    isPartOf: {'@type': 'WebSite', name: page.siteName, url: page.siteUrl},
    publisher: {'@type': 'Organization', name: page.siteName},
  };
}

/** The social card of the section a doc belongs to (static/img/social/<section>.png). */
export function socialCardFor(docId: string): string {
  const section = docId.split('/')[0] ?? '';
  return ['skin', 'scarring', 'treatments', 'microneedling', 'practitioner', 'trainee'].includes(section) ? section : 'default';
}
