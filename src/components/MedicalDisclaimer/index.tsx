import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

export interface MedicalDisclaimerProps {
  /** "short" is the one-line notice on every page; "full" adds the emergency advice. */
  variant?: 'short' | 'full';
}

/** The medical disclaimer callout. Rendered at the top of every guide page and story. */
export default function MedicalDisclaimer({variant = 'short'}: MedicalDisclaimerProps): ReactNode {
  return (
    <aside className={styles.disclaimer} aria-label={translate({id: 'scaratlas.disclaimer.label', message: 'Medical disclaimer'})}>
      <p>
        <strong>
          <Translate id="scaratlas.disclaimer.lead">For education only.</Translate>
        </strong>{' '}
        <Translate id="scaratlas.disclaimer.short">This page does not replace advice from a qualified clinician who has examined your skin.</Translate>{' '}
        <Link to="/docs/start-here/medical-disclaimer">
          <Translate id="scaratlas.disclaimer.link">Read the full disclaimer</Translate>
        </Link>
        .
      </p>
      {variant === 'full' && (
        <p>
          <Translate id="scaratlas.disclaimer.emergency">
            If you have a fever, spreading redness, severe pain, blisters or pus after a procedure, contact your clinic or a doctor today. In an emergency, call your local emergency number.
          </Translate>
        </p>
      )}
    </aside>
  );
}
