/**
 * Session planner data: the range of session intervals and counts the planner accepts, the studies the
 * range comes from, and the caveats shown next to it. Read by <SessionPlanner> and by the page text.
 *
 * Every clinical number here comes from a `finding` in src/data/bibliography.yaml; `sources` names the ids.
 * Pure data: no React, no Node APIs.
 */

export interface SessionPlanStudy {
  /** Bibliography id (src/data/bibliography.yaml). */
  id: string;
  /** Short label for the page, e.g. "Alam 2014". */
  label: string;
  /** What was done, for the page's table of studies, e.g. "Microneedling (roller)". */
  treatment: string;
  /** Number of sessions in the study protocol. */
  sessions: number;
  /** Weeks between sessions, or null when the finding does not give an interval. */
  intervalWeeks: number | null;
  /** How the study itself described the interval, in plain words. */
  interval: string;
  /** Plain-language note for patients. */
  note: string;
  sources: readonly string[];
}

export interface SessionPlanLimits {
  minIntervalWeeks: number;
  maxIntervalWeeks: number;
  minSessions: number;
  maxSessions: number;
}

/**
 * What the planner accepts. Whole weeks only.
 * - Interval 2 to 6 weeks: the shortest (alam2014, 2 weeks) and longest (chandrashekar2014, 6 weeks, RF
 *   microneedling) intervals in the studies below.
 * - Sessions 2 to 5: the fewest sessions in the studies below is 2 (fabbrocini2009) and the most is 5
 *   (lotfi2013). Other studies (not in the bibliography yet) used more, so this is the range of the
 *   studies listed here, not of all studies. A review with a median of 3 sessions and 4 weeks
 *   (harris2015) is still unconfirmed (no DOI/PMID seen), so it is not cited.
 */
export const sessionPlanLimits = {
  minIntervalWeeks: 2,
  maxIntervalWeeks: 6,
  minSessions: 2,
  maxSessions: 5,
  sources: ['alam2014', 'lotfi2013', 'chandrashekar2014', 'fabbrocini2009'],
} as const satisfies SessionPlanLimits & {sources: readonly string[]};

/** The study protocols behind the range; the results page renders its table of studies from this list. */
export const sessionPlanStudies = [
  {
    id: 'alam2014',
    label: 'Alam 2014, trial',
    treatment: 'Microneedling (roller)',
    sessions: 3,
    intervalWeeks: 2,
    interval: 'every 2 weeks',
    note:
      'A randomized trial of plain microneedling (a needle roller) for acne scars: one side of the face ' +
      'was needled and the other was not. 20 people joined and 15 finished.',
    sources: ['alam2014'],
  },
  {
    id: 'lotfi2013',
    label: 'Lotfi 2013',
    treatment: 'Microneedling (roller, 1.5 mm)',
    sessions: 5,
    intervalWeeks: 4,
    interval: 'monthly (about 4 weeks)',
    note:
      'A study of a needle roller for acne scars in 30 people, with no comparison group. Sessions were once a month.',
    sources: ['lotfi2013'],
  },
  {
    id: 'chandrashekar2014',
    label: 'Chandrashekar 2014',
    treatment: 'Radiofrequency microneedling',
    sessions: 4,
    intervalWeeks: 6,
    interval: 'every 6 weeks',
    note:
      'This study used radiofrequency (RF) microneedling, a different treatment from plain microneedling. ' +
      'It looked back at 31 people treated in one clinic, with no comparison group.',
    sources: ['chandrashekar2014'],
  },
  {
    id: 'fabbrocini2009',
    label: 'Fabbrocini 2009, rolling scars',
    treatment: 'Microneedling',
    sessions: 2,
    intervalWeeks: null,
    interval: 'not stated in the study abstract',
    note: 'A study of needling for rolling acne scars only, in 32 people, with 2 sessions and no comparison group.',
    sources: ['fabbrocini2009'],
  },
  {
    id: 'eubanks2022',
    label: 'Eubanks 2022',
    treatment: 'Fractional radiofrequency',
    sessions: 3,
    intervalWeeks: 4,
    interval: 'every 4 weeks',
    note: 'A study of a fractional radiofrequency device with pin tips, with no comparison group: not shown to be microneedling.',
    sources: ['eubanks2022'],
  },
] as const satisfies readonly SessionPlanStudy[];

/** Caveats shown with the planner and on the page. */
export const sessionPlanNotes = {
  bestIntervalUnknown: {
    text:
      'Nobody knows the best gap between sessions: a review says it still has to be worked out. Another ' +
      'review found that treatment plans are not yet standard.',
    sources: ['iriarte2017', 'juhasz2020'],
  },
  clinicianSetsPlan: {
    text: 'Your clinician sets your plan: how many sessions you need and how far apart. These dates are only a guide.',
    sources: [],
  },
} as const satisfies Record<string, {text: string; sources: readonly string[]}>;
