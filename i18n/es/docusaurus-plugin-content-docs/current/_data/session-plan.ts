// Spanish text of docs/_data/session-plan.ts: only reader-facing strings are translated; ids, numbers and sources must match the English file.
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
    label: 'Alam 2014, ensayo',
    treatment: 'Micropunción (rodillo)',
    sessions: 3,
    intervalWeeks: 2,
    interval: 'cada 2 semanas',
    note:
      'Un ensayo aleatorizado de micropunción (microneedling) simple, con un rodillo de agujas, para ' +
      'cicatrices de acné: se trató con las agujas un lado de la cara y el otro no. Participaron 20 ' +
      'personas y 15 terminaron.',
    sources: ['alam2014'],
  },
  {
    id: 'lotfi2013',
    label: 'Lotfi 2013',
    treatment: 'Micropunción (rodillo, 1.5 mm)',
    sessions: 5,
    intervalWeeks: 4,
    interval: 'una vez al mes (unas 4 semanas)',
    note:
      'Un estudio de un rodillo de agujas para cicatrices de acné en 30 personas, sin grupo de comparación. Las sesiones fueron una vez al mes.',
    sources: ['lotfi2013'],
  },
  {
    id: 'chandrashekar2014',
    label: 'Chandrashekar 2014',
    treatment: 'Micropunción con radiofrecuencia',
    sessions: 4,
    intervalWeeks: 6,
    interval: 'cada 6 semanas',
    note:
      'Este estudio usó micropunción con radiofrecuencia (RF), un tratamiento distinto de la micropunción ' +
      'simple. Analizó de forma retrospectiva los casos de 31 personas tratadas en una clínica, sin grupo de comparación.',
    sources: ['chandrashekar2014'],
  },
  {
    id: 'fabbrocini2009',
    label: 'Fabbrocini 2009, cicatrices onduladas',
    treatment: 'Micropunción',
    sessions: 2,
    intervalWeeks: null,
    interval: 'no se indica en el resumen del estudio',
    note: 'Un estudio de micropunción solo para cicatrices de acné onduladas (rolling), en 32 personas, con 2 sesiones y sin grupo de comparación.',
    sources: ['fabbrocini2009'],
  },
  {
    id: 'eubanks2022',
    label: 'Eubanks 2022',
    treatment: 'Radiofrecuencia fraccionada',
    sessions: 3,
    intervalWeeks: 4,
    interval: 'cada 4 semanas',
    note: 'Un estudio de un dispositivo de radiofrecuencia fraccionada con puntas en forma de alfiler, sin grupo de comparación: no está demostrado que sea micropunción.',
    sources: ['eubanks2022'],
  },
] as const satisfies readonly SessionPlanStudy[];

/** Caveats shown with the planner and on the page. */
export const sessionPlanNotes = {
  bestIntervalUnknown: {
    text:
      'Nadie sabe cuál es el mejor intervalo entre sesiones: una revisión dice que todavía hay que ' +
      'averiguarlo. Otra revisión encontró que los planes de tratamiento aún no están estandarizados.',
    sources: ['iriarte2017', 'juhasz2020'],
  },
  clinicianSetsPlan: {
    text: 'Su profesional sanitario decide su plan: cuántas sesiones necesita y cada cuánto tiempo. Estas fechas son solo una guía.',
    sources: [],
  },
} as const satisfies Record<string, {text: string; sources: readonly string[]}>;
