/** Wraps the heading component so that a page can raise its headings' levels (../landmarks.ts); never to h1. */
import {useContext, type ReactNode} from 'react';
import Heading from '@theme-original/Heading';
import type HeadingType from '@theme/Heading';
import type {WrapperProps} from '@docusaurus/types';
import {HeadingLevelRaise} from '../landmarks';

type Props = WrapperProps<typeof HeadingType>;

export default function HeadingWrapper(props: Props): ReactNode {
  const raise = useContext(HeadingLevelRaise);
  const level = Number(props.as.slice(1));
  if (raise === 0 || level === 1) return <Heading {...props} />;
  return <Heading {...props} as={`h${Math.max(2, level - raise)}` as Props['as']} />;
}
