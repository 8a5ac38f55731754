/**
 * Wraps the doc content (swizzled with --wrap) to show, under the title of every guide page, who it
 * is for, its review status and date, how many of its statements were checked against their
 * sources (from frontmatter; the build adds `claim_checks` from the claim-check ledger), and the
 * short medical disclaimer (on a translated page, what it translates; under /es/, a notice on a page
 * that is shown in English); and adds the page's schema.org MedicalWebPage data and its section's
 * social card. Status and disclaimer are passed as the first children of the original component,
 * which renders the page title before its children: the page opens with its title.
 */
import type {ReactNode} from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import PageStatus from '@site/src/components/PageStatus';
import type {GuideFrontMatter} from '@site/src/content/frontmatter';
import MedicalDisclaimer from '@site/src/components/MedicalDisclaimer';
import StructuredData from '@site/src/components/StructuredData';
import {socialCardFor} from '@site/src/components/StructuredData/schema';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useAlternatePageUtils} from '@docusaurus/theme-common/internal';
import Translate from '@docusaurus/Translate';
import Admonition from '@theme/Admonition';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props): ReactNode {
  const {frontMatter, metadata} = useDoc();
  const {audience, review_status: reviewStatus, last_reviewed: lastReviewed, claim_checks: claimChecks, translation} = frontMatter as Partial<GuideFrontMatter>;
  const {siteConfig, i18n} = useDocusaurusContext();
  const englishUrl = useAlternatePageUtils().createUrl({locale: i18n.defaultLocale, fullyQualified: false});
  // Under /es/, a page without a translation is the English page itself (Docusaurus' fallback).
  const untranslated = i18n.currentLocale !== i18n.defaultLocale && !translation;
  const siteUrl = useBaseUrl('/', {absolute: true});
  const imageUrl = useBaseUrl(`/img/social/${socialCardFor(metadata.id)}.png`, {absolute: true});
  return (
    <>
      {audience && lastReviewed && (
        <StructuredData
          imageUrl={imageUrl}
          page={{
            url: `${siteConfig.url}${metadata.permalink}`,
            title: metadata.title,
            description: metadata.description,
            audience,
            lastReviewed,
            siteName: siteConfig.title,
            siteUrl,
          }}
        />
      )}
      <Content {...props}>
        {audience && reviewStatus && lastReviewed && (
          <PageStatus
            audience={audience}
            reviewStatus={reviewStatus}
            lastReviewed={lastReviewed}
            claimChecks={claimChecks}
            translation={translation && {translatedOn: translation.translated_on, status: translation.status, englishUrl}}
          />
        )}
        {untranslated && (
          <Admonition type="info" title={<Translate id="scaratlas.untranslated.title">In English only</Translate>}>
            <p>
              {audience === 'trainee' ? (
                <Translate id="scaratlas.untranslated.trainee">This chapter for trainee practitioners is written in English only.</Translate>
              ) : (
                <Translate id="scaratlas.untranslated.page">This page has not been translated yet: it is shown in English.</Translate>
              )}
            </p>
          </Admonition>
        )}
        <MedicalDisclaimer />
        {props.children}
      </Content>
    </>
  );
}
