/**
 * Content of the scar-type finder (src/components/ScarTypeFinder): its questions, the sentences it
 * builds its reasons from, and where each result links. Pure data, read by the component on the
 * scar types page (scarring/atrophic-scar-types.mdx).
 *
 * Every clinical sentence lists the bibliography ids (src/data/bibliography.yaml) whose `finding`
 * supports it, in `sources`. An empty `sources` means no listed source supports the sentence: such
 * text is worded as a hint ("clinicians often check") or as general advice, and says so in `note`.
 */

/**
 * The bibliography entries this tool cites. The page numbers them with its own references (the
 * citations plugin reads the ids named in this file), so labels come from the bibliography.
 */
export const finderSourceIds = ['fabbrocini2010', 'jacob2001', 'connolly2017', 'elbuluk2021', 'chaowattanapanit2017', 'amiri2022'] as const;

export type FinderSourceId = (typeof finderSourceIds)[number];

/** A sentence for readers and the sources that support it. */
export interface SourcedText {
  text: string;
  sources: readonly FinderSourceId[];
  /** Editor's note when `sources` is empty: why the sentence may still be shown. */
  note?: string;
}

export interface FinderOption<V extends string = string> {
  value: V;
  label: string;
}

export interface FinderQuestion<V extends string = string> {
  legend: string;
  /** Short help under the legend (not clinical, or sourced in `hintSources`). */
  hint: string;
  hintSources: readonly FinderSourceId[];
  options: readonly FinderOption<V>[];
}

/** The four questions. Which ones are asked depends on the first answer (see logic.ts). */
export const finderQuestions = {
  surface: {
    legend: 'Is the mark raised, sunken or flat?',
    // The side-light check is the practical tip on docs/scarring/marks-that-are-not-scars.
    hint: 'Look at it with light coming from one side. A dip or a bump casts a small shadow. A flat mark does not.',
    hintSources: [],
    options: [
      {value: 'raised', label: 'Raised: it sticks up above the skin'},
      {value: 'sunken', label: 'Sunken: it dips below the skin'},
      {value: 'flat', label: 'Flat: level with the skin around it'},
      {value: 'unsure', label: 'I can’t tell'},
    ],
  },
  color: {
    legend: 'What color is the flat mark?',
    hint: 'Compare it with the skin around it.',
    hintSources: [],
    options: [
      {value: 'brown', label: 'Brown, or darker than your skin'},
      {value: 'red', label: 'Pink, red or purple'},
      {value: 'unsure', label: 'I’m not sure, or it is a mix'},
    ],
  },
  width: {
    legend: 'How wide is the dip?',
    hint: 'For scale, 1 mm is the gap between the smallest marks on a ruler.',
    hintSources: [],
    options: [
      {value: 'narrow', label: 'Very narrow, like a pinprick hole: about the width of a pencil tip, under 2 mm'},
      {value: 'small', label: 'Small, round or oval, with sharp edges: about 1.5 to 4 mm'},
      {value: 'wide', label: 'Wide, with soft, sloping edges: more than about 4 to 5 mm'},
      {value: 'unsure', label: 'I’m not sure'},
    ],
  },
  stretch: {
    legend: 'Gently stretch the skin around it with two fingers. What happens to the dip?',
    hint: 'Clinicians often check this. It gives only a rough hint.',
    hintSources: [],
    options: [
      {value: 'flattens', label: 'It flattens out or gets shallower'},
      {value: 'same', label: 'It stays the same'},
      {value: 'unsure', label: 'I’m not sure'},
    ],
  },
} as const satisfies Record<string, FinderQuestion>;

export type QuestionId = keyof typeof finderQuestions;
export type AnswerValue<Q extends QuestionId> = (typeof finderQuestions)[Q]['options'][number]['value'];

export type ResultType = 'icepick' | 'boxcar' | 'rolling' | 'hypertrophic' | 'pih' | 'pie' | 'unsure';
export type UnsureReason = 'surface' | 'color' | 'width' | 'mixed';

/** Where a result sends the reader: a guide page and, optionally, a heading on it. */
export interface FinderTarget {
  page: string;
  anchor?: string;
  /** Text of the link to it. */
  linkText: string;
}

export interface FinderResult {
  /** Name shown in the result, e.g. "Icepick scar". */
  name: string;
  /** Sources behind the name itself (e.g. the classification), added to the result's "Sources" line. */
  sources: readonly FinderSourceId[];
}

/** Name of each outcome. The unsure outcome names no type. */
export const finderResults = {
  icepick: {name: 'Icepick scar (a sunken scar)', sources: ['jacob2001', 'fabbrocini2010']},
  boxcar: {name: 'Boxcar scar (a sunken scar)', sources: ['jacob2001', 'fabbrocini2010']},
  rolling: {name: 'Rolling scar (a sunken scar)', sources: ['jacob2001', 'fabbrocini2010']},
  hypertrophic: {name: 'Raised scar (hypertrophic scar or keloid)', sources: ['fabbrocini2010', 'connolly2017']},
  pih: {name: 'A dark mark (PIH), not a scar', sources: ['elbuluk2021']},
  pie: {name: 'A red mark (PIE), not a scar', sources: ['elbuluk2021', 'amiri2022']},
  unsure: {name: 'No clear match from these answers', sources: []},
} as const satisfies Record<ResultType, FinderResult>;

/** Link targets. Anchors are the heading ids on the guide pages. */
export const finderTargets = {
  icepick: {page: '/docs/scarring/atrophic-scar-types', anchor: 'icepick-scars', linkText: 'Read about icepick scars'},
  boxcar: {page: '/docs/scarring/atrophic-scar-types', anchor: 'boxcar-scars', linkText: 'Read about boxcar scars'},
  rolling: {page: '/docs/scarring/atrophic-scar-types', anchor: 'rolling-scars', linkText: 'Read about rolling scars'},
  hypertrophic: {page: '/docs/scarring/hypertrophic-and-keloid-scars', linkText: 'Read about hypertrophic and keloid scars'},
  pih: {
    page: '/docs/scarring/marks-that-are-not-scars',
    anchor: 'post-inflammatory-hyperpigmentation-pih',
    linkText: 'Read about dark marks (PIH)',
  },
  pie: {
    page: '/docs/scarring/marks-that-are-not-scars',
    anchor: 'post-inflammatory-erythema-pie',
    linkText: 'Read about red marks (PIE)',
  },
} as const satisfies Record<Exclude<ResultType, 'unsure'>, FinderTarget>;

/** Where an unsure result sends the reader, by what left it unsure. */
export const unsureTargets = {
  surface: {
    page: '/docs/scarring/marks-that-are-not-scars',
    anchor: 'mark-or-scar-look-at-texture-not-color',
    linkText: 'How to tell a mark from a scar',
  },
  color: {page: '/docs/scarring/marks-that-are-not-scars', linkText: 'Read about marks that are not scars'},
  width: {
    page: '/docs/scarring/atrophic-scar-types',
    anchor: 'the-three-type-system',
    linkText: 'Read about the three types of sunken scar',
  },
  mixed: {
    page: '/docs/scarring/atrophic-scar-types',
    anchor: 'the-three-type-system',
    linkText: 'Read about the three types of sunken scar',
  },
} as const satisfies Record<UnsureReason, FinderTarget>;

/**
 * The sentences reasons are built from. A `said` part repeats the reader's answer in plain words;
 * logic.ts joins it to the matching `fact`: "You said it is sunken and <said>: <fact>".
 */
export const finderText = {
  raised: {
    said: 'raised above the skin',
    fact: {
      text: 'raised acne scars are called hypertrophic scars or keloids. Reviews count them as one of the two main groups of acne scar; the other group is sunken scars.',
      sources: ['fabbrocini2010', 'connolly2017'],
    },
  },
  raisedRarer: {
    text: 'Raised acne scars are less common than sunken ones.',
    sources: ['connolly2017'],
  },
  flatNotScar: {
    text: 'A scar changes the shape of the skin: it leaves a dip or a bump. A flat mark is a change in color, not in shape.',
    sources: ['fabbrocini2010', 'elbuluk2021'],
  },
  brown: {
    said: 'brown or darker than your skin',
    fact: {
      text: 'this fits post-inflammatory hyperpigmentation (PIH). Inflamed acne can make the skin lay down extra pigment (melanin), which leaves dark spots.',
      sources: ['elbuluk2021'],
    },
  },
  pihSkinTone: {
    text: 'PIH is more common in darker skin, though lighter skin can get it too. It can fade, but it may take a long time and its course is hard to predict.',
    sources: ['elbuluk2021', 'chaowattanapanit2017'],
  },
  red: {
    said: 'pink, red or purple',
    fact: {
      text: 'this fits post-inflammatory erythema (PIE), redness that stays after an acne spot has healed.',
      sources: ['amiri2022', 'elbuluk2021'],
    },
  },
  pieSkinTone: {
    text: 'PIE can happen in any skin tone, but it is more common in lighter skin. It usually fades, but it can last for months.',
    sources: ['elbuluk2021', 'amiri2022'],
  },
  colorUnsure: {
    said: 'not sure of its color',
    fact: {
      text: 'flat marks after acne can be dark (PIH) or red (PIE), and the guide explains both.',
      sources: ['elbuluk2021'],
    },
  },
  narrow: {
    said: 'narrower than 2 mm, like a pinprick hole',
    fact: {
      text: 'icepick scars are narrow and deep. They are usually less than 2 mm wide at the surface.',
      sources: ['fabbrocini2010'],
    },
  },
  small: {
    said: 'about 1.5 to 4 mm wide, with sharp edges',
    fact: {
      text: 'boxcar scars are round or oval dips with steep, sharp edges, about 1.5 to 4 mm wide. Some are shallow and some are deep.',
      sources: ['fabbrocini2010'],
    },
  },
  wide: {
    said: 'wide, with soft edges',
    fact: {
      text: 'rolling scars are wide dips, usually more than 4 to 5 mm across. Bands of tough tissue tie the skin down to the layer below.',
      sources: ['fabbrocini2010'],
    },
  },
  widthUnsure: {
    said: 'not sure how wide it is',
    fact: {
      text: 'the three sunken types (icepick, boxcar and rolling) differ in width and shape, so this check cannot tell them apart without it.',
      sources: ['jacob2001', 'fabbrocini2010'],
    },
  },
  stretchFlattens: {
    text: 'You said it flattens when you gently stretch the skin. Clinicians often check this: softening when stretched suggests a rolling scar’s tethering may be involved. This is only a hint.',
    sources: [],
    note: 'Common clinical teaching; no source in bibliography.yaml. Keep the cautious wording and claim no source.',
  },
  stretchSame: {
    text: 'You said it stays the same when you stretch the skin. Clinicians often check this, but it is only a rough hint, so it does not settle the type on its own.',
    sources: [],
    note: 'Common clinical teaching; no source in bibliography.yaml. Keep the cautious wording and claim no source.',
  },
  stretchUnsure: {
    text: 'You were not sure what happens when you stretch the skin, so this suggestion rests on the width alone.',
    sources: [],
    note: 'Describes the tool, not the skin.',
  },
  surfaceUnsure: {
    text: 'You were not sure whether it is raised, sunken or flat. That is the first clue this check uses. Sunken scars leave a dip, raised scars a bump, and a flat mark changes only the color.',
    sources: ['fabbrocini2010', 'elbuluk2021'],
  },
  /** {width} is replaced with the type the width fits ("an icepick" or "a boxcar"). */
  mixed: {
    text: 'These answers point in different directions. The width fits {width} scar, but softening when stretched can hint at a rolling scar.',
    sources: [],
    note: 'Combines the sourced widths above with the unsourced stretch hint; makes no new claim.',
  },
  seeClinician: {
    text: 'A clinician can look at the mark and tell you what it is.',
    sources: [],
    note: 'Advice, not a clinical claim.',
  },
} as const satisfies Record<string, SourcedText | {said: string; fact: SourcedText}>;

/** Always shown with the result, whatever the answers. */
export const finderReminder = {
  text: 'Only a clinician can diagnose a scar. This check is a guide, not a diagnosis. Many people have more than one type of scar or mark, so answer for each mark you are unsure about, and show them all to your clinician.',
  sources: [],
  note: 'Having several scar types at once is common clinical teaching; no source in bibliography.yaml gives a proportion, so the text says "many", not "most".',
} as const satisfies SourcedText;

/** Shown before the first question. */
export const finderIntro =
  'Answer a few questions about one mark. You will see which type of scar or mark it may be, and why. Your answers stay on this page: nothing is saved or sent.';
