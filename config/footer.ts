import type {Footer} from '@docusaurus/theme-common';

/** Footer: the medical disclaimer is on every page, with links to the policy pages. */
export const footer = {
  style: 'dark',
  links: [
    {
      title: 'Read',
      items: [
        {label: 'How to use this guide', to: '/docs/start-here/how-to-use-this-guide'},
        {label: 'Acne scar types', to: '/docs/scarring/atrophic-scar-types'},
        {label: 'Microneedling', to: '/docs/microneedling/what-is-microneedling'},
        {label: 'Patient stories', to: '/blog'},
      ],
    },
    {
      title: 'Trust',
      items: [
        {label: 'Medical disclaimer', to: '/docs/start-here/medical-disclaimer'},
        {label: 'Editorial policy', to: '/docs/start-here/editorial-policy'},
        {label: 'Sources', to: '/docs/reference/bibliography'},
        {label: 'What changed', to: '/docs/reference/what-changed'},
      ],
    },
    {
      title: 'More',
      items: [
        {label: 'Glossary', to: '/docs/reference/glossary'},
        {label: 'FAQ', to: '/docs/reference/faq'},
        {label: 'RSS feed', href: 'pathname:///blog/rss.xml'},
        {label: 'Writing for ScarAtlas', to: '/contributing'},
      ],
    },
  ],
  copyright:
    'ScarAtlas is for education only. It does not give medical advice and does not replace a ' +
    'consultation with a qualified clinician. Text licensed CC BY 4.0.',
} satisfies Footer;
