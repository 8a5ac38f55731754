/** Wraps the list of story previews: on the stories list (../landmarks.ts), a heading comes first. */
import {useContext, type ReactNode} from 'react';
import BlogPostItems from '@theme-original/BlogPostItems';
import type BlogPostItemsType from '@theme/BlogPostItems';
import type {WrapperProps} from '@docusaurus/types';
import Heading from '@theme/Heading';
import {ListHeading} from '../landmarks';

type Props = WrapperProps<typeof BlogPostItemsType>;

export default function BlogPostItemsWrapper(props: Props): ReactNode {
  const heading = useContext(ListHeading);
  return (
    <>
      {heading && (
        <header className="margin-bottom--xl">
          <Heading as="h1">{heading.title}</Heading>
          <p>{heading.description}</p>
        </header>
      )}
      <BlogPostItems {...props} />
    </>
  );
}
