/**
 * Swizzled (ejected): the date and reading time under a story's title, on the post and in the list.
 *
 * The original formats them with Intl.DateTimeFormat and Intl.PluralRules. Constructing the first
 * Intl formatter of a page loads locale data: a CPU profile of a built story showed this component
 * taking ~30 ms of main thread during hydration (~120 ms in Lighthouse's 4x mobile slowdown), more
 * than any other. The same text is written without Intl, in the page's language (translate() and
 * src/utils/isoDay.ts). The date reads like the review date on guide pages ("17 November 2026").
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {useBlogPost} from '@docusaurus/plugin-content-blog/client';
import type {Props} from '@theme/BlogPostItem/Header/Info';
import {translate} from '@docusaurus/Translate';
import {formatDay} from '@site/src/utils/isoDay';
import {useSiteLocale} from '@site/src/utils/useSiteLocale';
import styles from './styles.module.css';

/** The theme's wording: "One min read", "4 min read" (minutes rounded up). */
export function readingTimeLabel(minutes: number): string {
  const rounded = Math.ceil(minutes);
  return rounded <= 1
    ? translate({id: 'scaratlas.blog.readingTime.one', message: 'One min read'})
    : translate({id: 'scaratlas.blog.readingTime.other', message: '{minutes} min read'}, {minutes: rounded});
}

export default function BlogPostItemHeaderInfo({className}: Props): ReactNode {
  const {date, readingTime} = useBlogPost().metadata;
  const locale = useSiteLocale();
  return (
    <div className={clsx(styles.container, 'margin-vert--md', className)}>
      {/* The post's date is an ISO timestamp at UTC midnight; the theme formats it in UTC too. */}
      <time dateTime={date}>{formatDay(date.slice(0, 10), locale)}</time>
      {readingTime !== undefined && <>{' · '}{readingTimeLabel(readingTime)}</>}
    </div>
  );
}
