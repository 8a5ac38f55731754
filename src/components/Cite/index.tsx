import type {ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

export interface CiteRef {
  /** Number of the reference in this page's list (filled in at build time). */
  n: number;
  /** Short label such as "Alam 2014", used as the link's accessible name and tooltip. */
  label: string;
}

export interface CiteProps {
  /** Bibliography id, or several separated by commas. */
  id: string;
  /** Filled in by src/remark/citations; absent only if the plugin did not run. */
  refs?: CiteRef[];
}

/**
 * Numbers of the sources a tool's data names on this page, filled in by src/remark/citations
 * when the page spreads the tool from its edition's data (`<RecoveryTimeline {...timeline} />`).
 */
export type Citations = Readonly<Record<string, CiteRef>>;

/** The citation numbers of `ids`, in number order; throws (failing the build) if one has no number on the page. */
export function refsOf(ids: readonly string[], citations: Citations | undefined, tool: string): CiteRef[] {
  const refs = ids.map((id) => {
    const ref = citations?.[id];
    if (!ref) {
      throw new Error(
        `${tool}: source "${id}" has no number on this page; spread the tool from its data import (<${tool} {...data} />) so the citations plugin numbers its sources`,
      );
    }
    return ref;
  });
  return refs.sort((a, b) => a.n - b.n);
}

/** A numbered citation linking to the page's reference list: [1] or [1, 3]. */
export default function Cite({id, refs}: CiteProps): ReactNode {
  if (!refs || refs.length === 0) {
    throw new Error(`<Cite id="${id}"> was not processed by the citations plugin`);
  }
  return (
    <sup className={styles.cite}>
      [
      {refs.map((ref, index) => (
        <span key={ref.n}>
          {index > 0 && ', '}
          <a href={`#ref-${ref.n}`} title={ref.label} aria-label={translate({id: 'scaratlas.cite.label', message: 'Reference {n}: {label}'}, {n: ref.n, label: ref.label})}>
            {ref.n}
          </a>
        </span>
      ))}
      ]
    </sup>
  );
}
