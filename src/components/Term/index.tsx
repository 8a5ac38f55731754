import {Children, cloneElement, isValidElement, useId, type ReactElement, type ReactNode} from 'react';
import styles from './styles.module.css';

export interface TermProps {
  /** Glossary id (src/data/glossary.yaml). */
  id: string;
  /** Short definition, filled in at build time by src/plugins/remark-glossary. */
  definition?: string;
  /** The term as written on the page; the build turns it into a link to the glossary entry. */
  children: ReactNode;
}

/**
 * A glossary term: its link goes to the glossary entry, and hovering or focusing it shows the
 * short definition, which screen readers announce as the link's description.
 */
export default function Term({id, definition, children}: TermProps): ReactNode {
  const tipId = useId();
  if (!definition) throw new Error(`<Term id="${id}"> was not processed by the glossary plugin`);
  const described = Children.map(children, (child) =>
    isValidElement(child) ? cloneElement(child as ReactElement<{'aria-describedby'?: string}>, {'aria-describedby': tipId}) : child,
  );
  return (
    <span className={styles.term} data-term={id}>
      {described}
      <span role="tooltip" id={tipId} className={styles.tip}>
        {definition}
      </span>
    </span>
  );
}
