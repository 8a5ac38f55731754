import type {ReactNode} from 'react';
import {citationText, referenceLinks, type PublicReference} from '@site/src/data/reference';
import styles from './styles.module.css';

export type NumberedReference = PublicReference & {n: number};

export interface ReferencesProps {
  /** Filled in at build time with the references this page cites, in order of first citation. */
  items?: NumberedReference[];
}

/** The page's numbered reference list; each entry links to its DOI, PubMed record or official page. */
export default function References({items = []}: ReferencesProps): ReactNode {
  if (items.length === 0) {
    return <p className={styles.empty}>This page cites no sources.</p>;
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

export function ReferenceEntry({reference}: {reference: PublicReference}): ReactNode {
  return (
    <>
      <span>{citationText(reference)}</span>{' '}
      {referenceLinks(reference).map((link) => (
        <span key={link.href} className={styles.link}>
          <a href={link.href} rel="noopener noreferrer">
            {link.label}
          </a>
        </span>
      ))}
    </>
  );
}
