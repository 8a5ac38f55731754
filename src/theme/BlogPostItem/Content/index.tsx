/** Wraps blog post content (swizzled with --wrap) to add the medical disclaimer to every story. */
import type {ReactNode} from 'react';
import Content from '@theme-original/BlogPostItem/Content';
import type ContentType from '@theme/BlogPostItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useBlogPost} from '@docusaurus/plugin-content-blog/client';
import MedicalDisclaimer from '@site/src/components/MedicalDisclaimer';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props): ReactNode {
  const {isBlogPostPage} = useBlogPost();
  return (
    <>
      {isBlogPostPage && <MedicalDisclaimer />}
      <Content {...props} />
    </>
  );
}
