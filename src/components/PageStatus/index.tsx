import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {formatDay} from '@site/src/utils/isoDay';
import type {Audience, GuideFrontMatter, ReviewStatus} from '@site/src/content/frontmatter';
import styles from './styles.module.css';

export interface PageStatusProps {
  audience: Audience;
  reviewStatus: ReviewStatus;
  lastReviewed: string;
  /** From the claim-check ledger (added to the frontmatter by the build); absent if never checked. */
  claimChecks?: GuideFrontMatter['claim_checks'];
}

const audienceLabel: Record<Audience, string> = {
  patient: 'For patients',
  trainee: 'For trainee practitioners',
  both: 'For patients and trainees',
};

const statusLabel: Record<ReviewStatus, string> = {
  draft: 'Draft: not yet reviewed',
  editorial: 'Editorial review',
  clinical: 'Clinical review',
};

const statusTitle: Record<ReviewStatus, string> = {
  draft: 'Not yet reviewed by the editors',
  editorial: 'Sources checked by the editors; not yet checked by a named clinician',
  clinical: 'Checked by a qualified clinician',
};

/**
 * Who the page is for, how far it has been reviewed and when, and how many of its statements were
 * read against their sources: one compact line under the page title.
 */
export default function PageStatus({audience, reviewStatus, lastReviewed, claimChecks}: PageStatusProps): ReactNode {
  return (
    <ul className={styles.status} aria-label="About this page">
      <li className={styles[audience]}>{audienceLabel[audience]}</li>
      <li>
        <Link to="/docs/start-here/editorial-policy#review-status" title={statusTitle[reviewStatus]}>
          {statusLabel[reviewStatus]}
        </Link>{' '}
        <time dateTime={lastReviewed}>{formatDay(lastReviewed)}</time>
      </li>
      {claimChecks && (
        <li>
          <Link to="/docs/start-here/editorial-policy#statement-checks">
            {claimChecks.statements} {claimChecks.statements === 1 ? 'statement' : 'statements'} checked against their sources
          </Link>
          , <time dateTime={claimChecks.checked}>{formatDay(claimChecks.checked)}</time>
        </li>
      )}
    </ul>
  );
}
