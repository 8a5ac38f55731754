import {Children, isValidElement, useEffect, useId, useRef, useState, type ReactElement, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

export interface TermProps {
  /** Glossary id (the edition's _data/glossary.yaml; docs/_data/glossary.yaml in the working draft). */
  id: string;
  /** Short definition, filled in at build time by src/remark/glossary. */
  definition?: string;
  /** Glossary headword, filled in at build time. */
  term?: string;
  /** The build turns the term's text into a link to its glossary entry (in the same edition). */
  children: ReactNode;
}

type LinkElement = ReactElement<{href?: string; children?: ReactNode}>;

/**
 * A glossary term. Hovering or focusing it shows its short definition; tapping or clicking it (or
 * Enter/Space) toggles the definition, which links to the full glossary entry. Escape closes it.
 * Without JavaScript, hover and focus still show the definition and its link.
 */
export default function Term({id, definition, term, children}: TermProps): ReactNode {
  const popoverId = useId();
  const definitionId = useId();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLSpanElement>(null);
  if (!definition) throw new Error(`<Term id="${id}"> was not processed by the glossary plugin`);

  const link = Children.toArray(children).find(isValidElement) as LinkElement | undefined;
  const href = link?.props.href;
  const label = link ? link.props.children : children;

  useEffect(() => {
    if (!open) return undefined;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', close);
    document.addEventListener('pointerdown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('pointerdown', close);
    };
  }, [open]);

  return (
    <span ref={root} className={styles.term} data-term={id} data-open={open}>
      <button
        type="button"
        className={styles.button}
        aria-expanded={open}
        aria-controls={popoverId}
        aria-describedby={definitionId}
        onClick={() => setOpen((value) => !value)}>
        {label}
      </button>
      <span id={popoverId} className={styles.popover}>
        <span id={definitionId}>{definition}</span>{' '}
        {href && <Link to={href}>{term
              ? translate({id: 'scaratlas.term.inGlossary', message: '{term} in the glossary'}, {term})
              : translate({id: 'scaratlas.term.readInGlossary', message: 'Read in the glossary'})}</Link>}
      </span>
    </span>
  );
}
