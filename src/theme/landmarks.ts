/**
 * Page shapes that a few upstream pages lack, passed from the page's wrapper to the component that
 * can render them (the page itself cannot reach inside the upstream markup). Each fixes a rule of
 * axe's best-practice set that the every-page walk runs (tests/helpers/site-walk.ts).
 */
import {createContext} from 'react';

/** Set by the search page, whose content the plugin renders without a `<main>`: Layout adds one. */
export const NeedsMainLandmark = createContext(false);

/** Set by the stories list, which upstream renders without a level-one heading: its items get one. */
export const ListHeading = createContext<{title: string; description: string} | null>(null);

/** Levels to move headings up by: the archive puts years at h3 right under its h1 (heading-order). */
export const HeadingLevelRaise = createContext(0);
