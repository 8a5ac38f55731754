import type {ReactNode} from 'react';
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
  /** Filled in by src/plugins/remark-citations; absent only if the plugin did not run. */
  refs?: CiteRef[];
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
          <a href={`#ref-${ref.n}`} title={ref.label} aria-label={`Reference ${ref.n}: ${ref.label}`}>
            {ref.n}
          </a>
        </span>
      ))}
      ]
    </sup>
  );
}
