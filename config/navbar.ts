import type {Navbar} from '@docusaurus/theme-common';
import {locales} from './locales';

/** Top navigation: one entry per reader path, then the edition and language switchers and search. */
export const navbar = {
  title: 'ScarAtlas',
  logo: {
    alt: 'ScarAtlas logo',
    src: 'img/logo.svg',
    width: 32,
    height: 32,
  },
  hideOnScroll: false,
  items: [
    {type: 'doc', docId: 'start-here/how-to-use-this-guide', label: 'Guides', position: 'left'},
    {type: 'doc', docId: 'microneedling/what-is-microneedling', label: 'Procedure', position: 'left'},
    {type: 'doc', docId: 'practitioner/who-can-perform-microneedling', label: 'Practitioners', position: 'left'},
    {type: 'doc', docId: 'trainee/clinical-protocol', label: 'Trainees', position: 'left'},
    {to: '/blog', label: 'Blog', position: 'left'},
    {type: 'docsVersionDropdown', position: 'right', dropdownActiveClassDisabled: true},
    // The language switch, once a second language is built (config/locales.ts).
    ...(locales.length > 1 ? [{type: 'localeDropdown', position: 'right' as const}] : []),
    {type: 'search', position: 'right'},
  ],
} satisfies Omit<Navbar, 'style'> & {items: unknown[]};
