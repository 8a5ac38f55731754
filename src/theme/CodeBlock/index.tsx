/**
 * Wrap: the original code block, loaded on demand.
 *
 * Code blocks need Prism (about 25 KB gz), and a medical guide almost never shows code. Loading the
 * original component lazily keeps Prism out of every page that has no code block. Server rendering
 * waits for lazy components, so the HTML still carries the highlighted block; in the browser the
 * chunk loads only on a page that contains one. (src/plugins/prism-on-demand removes the theme's
 * eager Prism import.)
 */
import React, {lazy, Suspense, type ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock';

const OriginalCodeBlock = lazy(() => import('@theme-original/CodeBlock'));

export default function CodeBlock(props: Props): ReactNode {
  return (
    <Suspense fallback={<pre tabIndex={0}><code>{props.children}</code></pre>}>
      <OriginalCodeBlock {...props} />
    </Suspense>
  );
}
