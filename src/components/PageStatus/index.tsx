import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {formatDay} from '@site/src/utils/isoDay';
import styles from './styles.module.css';

export type Audience = 'patient' | 'trainee' | 'both';
export type ReviewStatus = 'draft' | 'editorial' | 'clinical';

export interface PageStatusProps {
  audience: Audience;
  reviewStatus: ReviewStatus;
  lastReviewed: string;
}

const audienceLabel: Record<Audience, string> = {
  patient: 'For patients',
  trainee: 'For trainee practitioners',
  both: 'For patients and trainees',
};

const statusLabel: Record<ReviewStatus, string> = {
  draft: 'Draft: not yet reviewed',
  editorial: 'Editorial review: sources checked by the editors',
  clinical: 'Clinical review: checked by a qualified clinician',
};

/** Who the page is for, how far it has been reviewed and when: shown above every guide page. */
export default function PageStatus({audience, reviewStatus, lastReviewed}: PageStatusProps): ReactNode {
  return (
    <ul className={styles.status} aria-label="About this page">
      <li className={styles[audience]}>{audienceLabel[audience]}</li>
      <li>
        <Link to="/docs/start-here/editorial-policy#review-status">{statusLabel[reviewStatus]}</Link>
      </li>
      <li>
        Last reviewed <time dateTime={lastReviewed}>{formatDay(lastReviewed)}</time>
      </li>
    </ul>
  );
}
