import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {formatDay} from '@site/src/utils/isoDay';
import {useSiteLocale} from '@site/src/utils/useSiteLocale';
import type {Audience, GuideFrontMatter, ReviewStatus, TranslationStatus} from '@site/src/content/frontmatter';
import styles from './styles.module.css';

export interface PageTranslation {
  translatedOn: string;
  status: TranslationStatus;
  /** The English page this one translates. */
  englishUrl: string;
}

export interface PageStatusProps {
  audience: Audience;
  reviewStatus: ReviewStatus;
  lastReviewed: string;
  /** From the claim-check ledger (added to the frontmatter by the build); absent if never checked. */
  claimChecks?: GuideFrontMatter['claim_checks'];
  /** On a translated page: what it translates, when, and whether the English page has changed since. */
  translation?: PageTranslation;
}

function audienceLabel(audience: Audience): string {
  switch (audience) {
    case 'patient':
      return translate({id: 'scaratlas.pageStatus.audience.patient', message: 'For patients'});
    case 'trainee':
      return translate({id: 'scaratlas.pageStatus.audience.trainee', message: 'For trainee practitioners'});
    case 'both':
      return translate({id: 'scaratlas.pageStatus.audience.both', message: 'For patients and trainees'});
  }
}

function statusLabel(status: ReviewStatus): {label: string; title: string} {
  switch (status) {
    case 'draft':
      return {
        label: translate({id: 'scaratlas.pageStatus.review.draft', message: 'Draft: not yet reviewed'}),
        title: translate({id: 'scaratlas.pageStatus.review.draft.title', message: 'Not yet reviewed by the editors'}),
      };
    case 'editorial':
      return {
        label: translate({id: 'scaratlas.pageStatus.review.editorial', message: 'Editorial review'}),
        title: translate({id: 'scaratlas.pageStatus.review.editorial.title', message: 'Sources checked by the editors; not yet checked by a named clinician'}),
      };
    case 'clinical':
      return {
        label: translate({id: 'scaratlas.pageStatus.review.clinical', message: 'Clinical review'}),
        title: translate({id: 'scaratlas.pageStatus.review.clinical.title', message: 'Checked by a qualified clinician'}),
      };
  }
}

function statementsChecked(count: number, translated: boolean): string {
  if (translated) {
    return count === 1
      ? translate({id: 'scaratlas.pageStatus.checks.translated.one', message: '1 statement of the English page checked against its sources'})
      : translate({id: 'scaratlas.pageStatus.checks.translated.other', message: '{count} statements of the English page checked against their sources'}, {count});
  }
  return count === 1
    ? translate({id: 'scaratlas.pageStatus.checks.one', message: '1 statement checked against its sources'})
    : translate({id: 'scaratlas.pageStatus.checks.other', message: '{count} statements checked against their sources'}, {count});
}

/**
 * Who the page is for, how far it has been reviewed and when, how many of its statements were
 * read against their sources, and on a translated page what it translates: one compact line under
 * the page title.
 */
export default function PageStatus({audience, reviewStatus, lastReviewed, claimChecks, translation}: PageStatusProps): ReactNode {
  const locale = useSiteLocale();
  const review = statusLabel(reviewStatus);
  return (
    <ul className={styles.status} aria-label={translate({id: 'scaratlas.pageStatus.label', message: 'About this page'})}>
      <li className={styles[audience]}>{audienceLabel(audience)}</li>
      <li>
        <Link to="/docs/start-here/editorial-policy#review-status" title={review.title}>
          {review.label}
        </Link>{' '}
        <time dateTime={lastReviewed}>{formatDay(lastReviewed, locale)}</time>
      </li>
      {claimChecks && (
        <li>
          <Link to="/docs/start-here/editorial-policy#statement-checks">{statementsChecked(claimChecks.statements, translation !== undefined)}</Link>,{' '}
          <time dateTime={claimChecks.checked}>{formatDay(claimChecks.checked, locale)}</time>
        </li>
      )}
      {translation && (
        <li className={translation.status === 'outdated' ? styles.outdated : undefined}>
          <TranslationNote translation={translation} />
        </li>
      )}
    </ul>
  );
}

/** What a translated page or story translates, and whether the English page has changed since. */
export function TranslationNote({translation}: {translation: PageTranslation}): ReactNode {
  const locale = useSiteLocale();
  return (
    <>
      {translation.status === 'outdated' ? (
        <Translate id="scaratlas.pageStatus.translation.outdated">The English page has changed since this translation:</Translate>
      ) : (
        <Translate
          id="scaratlas.pageStatus.translation.current"
          values={{date: <time dateTime={translation.translatedOn}>{formatDay(translation.translatedOn, locale)}</time>}}>
          {'Translated from the English page on {date}:'}
        </Translate>
      )}{' '}
      <a href={translation.englishUrl} hrefLang="en">
        {translate({id: 'scaratlas.pageStatus.translation.link', message: 'read it in English'})}
      </a>
    </>
  );
}
