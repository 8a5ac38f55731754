/** Wraps the stories archive so that its year headings follow its h1 as h2, not h3 (axe "heading-order"). */
import type {ReactNode} from 'react';
import BlogArchivePage from '@theme-original/BlogArchivePage';
import type BlogArchivePageType from '@theme/BlogArchivePage';
import type {WrapperProps} from '@docusaurus/types';
import {HeadingLevelRaise} from '../landmarks';

type Props = WrapperProps<typeof BlogArchivePageType>;

export default function BlogArchivePageWrapper(props: Props): ReactNode {
  return (
    <HeadingLevelRaise.Provider value={1}>
      <BlogArchivePage {...props} />
    </HeadingLevelRaise.Provider>
  );
}
