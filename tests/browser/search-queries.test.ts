/**
 * Patients search with symptoms and lay words, not with page titles. Twenty questions from
 * ../shared/questions/patient-questions.tsv, typed as a reader would, must show the page that
 * answers them among the first three suggestions: both in a phone's first search (the index's first
 * part only: titles, keywords, descriptions, headings) and once the page text has arrived.
 */
import type {Page} from 'playwright-core';
import {gotoHydrated, openPage, searchFor} from '../../measure/browser';
import {servedSite} from '../helpers/served-site';

jest.setTimeout(180_000);

const site = servedSite();

/** What a patient types, and the title of the page that answers it. */
const queries: [string, string][] = [
  ['swelling after microneedling', 'Aftercare, day by day'],
  ['peeling skin after treatment', 'Aftercare, day by day'],
  ['how long does redness last', 'Aftercare, day by day'],
  ['bumps after microneedling', 'Aftercare, day by day'],
  ['breakout after microneedling', 'Aftercare, day by day'],
  ['makeup after microneedling', 'Aftercare, day by day'],
  ['vitamin c after microneedling', 'Aftercare, day by day'],
  ['microneedling with active acne', 'Who is a candidate? Isotretinoin and other reasons to wait'],
  ['accutane', 'Who is a candidate? Isotretinoin and other reasons to wait'],
  ['microneedling while pregnant', 'Who is a candidate? Isotretinoin and other reasons to wait'],
  ['how many sessions', 'Results, sessions and intervals'],
  ['when will I see results', 'Results, sessions and intervals'],
  ['ice pick scars', 'Atrophic scar types: icepick, boxcar and rolling'],
  ['holes in my cheeks', 'Atrophic scar types: icepick, boxcar and rolling'],
  ['dark spot or scar', 'Marks that are not scars'],
  ['does microneedling hurt', 'Preparing for a session'],
  ['numbing cream', 'Preparing for a session'],
  ['dermaroller at home', 'At-home rollers'],
  ['vampire facial', 'Combination treatments'],
  ['microneedling or laser', 'Acne scar treatments compared'],
];

describe.each([
  ['first search on a phone (first part of the index only)', true],
  ['with the page text loaded', false],
])('%s', (_label, firstPartOnly) => {
  let page: Page;
  let close: () => Promise<void>;

  // One page per mode, as a reader searching several times: each query clears the box first.
  beforeAll(async () => {
    const opened = await openPage(site.browser);
    page = opened.page;
    close = () => opened.context.close();
    if (firstPartOnly) await opened.context.route(/search-index[^/]*\.rest\.json$/, (route) => route.abort());
    await gotoHydrated(page, site.server.url('/docs/skin/layers-of-the-skin'));
    const textLoaded = firstPartOnly ? undefined : page.waitForResponse(/search-index[^/]*\.rest\.json$/);
    await page.locator('input.navbar__search-input').first().click();
    await textLoaded;
  });

  afterAll(async () => {
    await close?.();
  });

  it.each(queries)('"%s" shows "%s" in the top three', async (query, title) => {
    const top = (await (await searchFor(page, query)).allTextContents()).slice(0, 3).map((text) => text.replace(/\s+/g, ' ').trim());
    expect({query, top, answered: top.some((text) => text.includes(title))}).toEqual({query, top, answered: true});
  });
});
