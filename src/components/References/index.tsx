import type {ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import {citationText, referenceLinks, type PublicReference, type ReferenceLink} from '@site/src/data/reference';
import styles from './styles.module.css';

export type NumberedReference = PublicReference & {n: number};

export interface ReferencesProps {
  /** Filled in at build time with the references this page cites, in order of first citation. */
  items?: NumberedReference[];
}

/** The page's numbered reference list; each entry links to its DOI, PubMed record or official page. */
export default function References({items = []}: ReferencesProps): ReactNode {
  if (items.length === 0) {
    return (
      <p className={styles.empty}>
        <Translate id="scaratlas.references.none">This page cites no sources.</Translate>
      </p>
    );
  }
  return (
    <ol className={`references-list ${styles.list}`}>
      {items.map((ref) => (
        <li key={ref.id} id={`ref-${ref.n}`} value={ref.n} className={styles.item}>
          <ReferenceEntry reference={ref} />
        </li>
      ))}
    </ol>
  );
}

/** A link's text in the page's language: the official page is named in words, DOI and PMID are identifiers. */
function linkLabel(reference: PublicReference, link: ReferenceLink): string {
  return reference.url !== undefined && link.href === reference.url && link.label === 'Official page'
    ? translate({id: 'scaratlas.references.officialPage', message: 'Official page'})
    : link.label;
}

export function ReferenceEntry({reference}: {reference: PublicReference}): ReactNode {
  return (
    <>
      <span>{citationText(reference)}</span>{' '}
      {referenceLinks(reference).map((link) => (
        <span key={link.href} className={styles.link}>
          <a href={link.href} rel="noopener noreferrer">
            {linkLabel(reference, link)}
          </a>
        </span>
      ))}
    </>
  );
}
