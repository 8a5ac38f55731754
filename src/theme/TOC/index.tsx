/**
 * Wraps the table of contents in a labelled navigation landmark. On story pages it stands beside
 * `<main>`, where content outside any landmark fails axe's "region" rule; on guide pages it is a
 * named "On this page" landmark inside main.
 */
import type {ReactNode} from 'react';
import TOC from '@theme-original/TOC';
import type TOCType from '@theme/TOC';
import type {WrapperProps} from '@docusaurus/types';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

type Props = WrapperProps<typeof TOCType>;

export default function TOCWrapper(props: Props): ReactNode {
  const label = translate({id: 'theme.TOC.landmarkLabel', message: 'On this page', description: 'Name of the table of contents landmark'});
  return (
    <nav aria-label={label} className={styles.landmark}>
      <TOC {...props} />
    </nav>
  );
}
