/** Wraps the stories list to give it a level-one heading and its description (axe "page-has-heading-one"). */
import type {ReactNode} from 'react';
import BlogListPage from '@theme-original/BlogListPage';
import type BlogListPageType from '@theme/BlogListPage';
import type {WrapperProps} from '@docusaurus/types';
import {ListHeading} from '../landmarks';

type Props = WrapperProps<typeof BlogListPageType>;

export default function BlogListPageWrapper(props: Props): ReactNode {
  const {blogTitle: title, blogDescription: description} = props.metadata;
  return (
    <ListHeading.Provider value={{title, description}}>
      <BlogListPage {...props} />
    </ListHeading.Provider>
  );
}
