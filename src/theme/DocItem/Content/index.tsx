/**
 * Wraps the doc content (swizzled with --wrap) to show, above every guide page, who it is for,
 * its review status and date (from frontmatter), and the short medical disclaimer.
 */
import type {ReactNode} from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import PageStatus, {type Audience, type ReviewStatus} from '@site/src/components/PageStatus';
import MedicalDisclaimer from '@site/src/components/MedicalDisclaimer';

type Props = WrapperProps<typeof ContentType>;

interface GuideFrontMatter {
  audience?: Audience;
  review_status?: ReviewStatus;
  last_reviewed?: string;
}

export default function ContentWrapper(props: Props): ReactNode {
  const frontMatter = useDoc().frontMatter as GuideFrontMatter;
  const {audience, review_status: reviewStatus, last_reviewed: lastReviewed} = frontMatter;
  return (
    <>
      {audience && reviewStatus && lastReviewed && (
        <PageStatus audience={audience} reviewStatus={reviewStatus} lastReviewed={lastReviewed} />
      )}
      <MedicalDisclaimer />
      <Content {...props} />
    </>
  );
}
