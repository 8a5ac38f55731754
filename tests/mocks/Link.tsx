import type {AnchorHTMLAttributes, ReactNode} from 'react';

/** Test stand-in for @docusaurus/Link: a plain anchor, base URL "/". */
export default function Link({to, href, ...rest}: AnchorHTMLAttributes<HTMLAnchorElement> & {to?: string}): ReactNode {
  return <a href={to ?? href} {...rest} />;
}
