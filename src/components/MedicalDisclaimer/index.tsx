import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import styles from './styles.module.css';

export interface MedicalDisclaimerProps {
  /** "short" is the one-line notice on every page; "full" adds the emergency advice. */
  variant?: 'short' | 'full';
}

/** The medical disclaimer callout. Rendered at the top of every guide page and story. */
export default function MedicalDisclaimer({variant = 'short'}: MedicalDisclaimerProps): ReactNode {
  return (
    <aside className={styles.disclaimer} aria-label="Medical disclaimer">
      <p>
        <strong>For education only.</strong> This page does not replace advice from a qualified clinician who
        has examined your skin. <Link to="/docs/start-here/medical-disclaimer">Read the full disclaimer</Link>.
      </p>
      {variant === 'full' && (
        <p>
          If you have a fever, spreading redness, severe pain, blisters or pus after a procedure, contact your clinic
          or a doctor today. In an emergency, call your local emergency number.
        </p>
      )}
    </aside>
  );
}
