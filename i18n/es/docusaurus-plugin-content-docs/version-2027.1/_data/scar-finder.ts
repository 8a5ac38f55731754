// Spanish text of versioned_docs/version-2027.1/_data/scar-finder.ts: only reader-facing strings are translated; ids, numbers and sources must match the English file.
/**
 * Content of the scar-type finder (src/components/ScarTypeFinder): its questions, the sentences it
 * builds its reasons from, and where each result links. Pure data, shared by the component and
 * (later) the page text.
 *
 * Every clinical sentence lists the bibliography ids (src/data/bibliography.yaml) whose `finding`
 * supports it, in `sources`. An empty `sources` means no listed source supports the sentence: such
 * text is worded as a hint ("clinicians often check") or as general advice, and says so in `note`.
 */

/** The bibliography entries this tool cites, with the short label shown in its "Sources" line. */
export const finderSources = {
  fabbrocini2010: 'Fabbrocini 2010',
  jacob2001: 'Jacob 2001',
  connolly2017: 'Connolly 2017',
  elbuluk2021: 'Elbuluk 2021',
  chaowattanapanit2017: 'Chaowattanapanit 2017',
  amiri2022: 'Amiri 2022',
} as const satisfies Record<string, string>;

export type FinderSourceId = keyof typeof finderSources;

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
    legend: '¿La marca está elevada, hundida o plana?',
    // The side-light check is the practical tip on docs/scarring/marks-that-are-not-scars.
    hint: 'Mírela con la luz llegando desde un lado. Un hundimiento o un bulto hace una pequeña sombra. Una marca plana, no.',
    hintSources: [],
    options: [
      {value: 'raised', label: 'Elevada: sobresale por encima de la piel'},
      {value: 'sunken', label: 'Hundida: queda por debajo de la piel'},
      {value: 'flat', label: 'Plana: al mismo nivel que la piel de alrededor'},
      {value: 'unsure', label: 'No sabría decirlo'},
    ],
  },
  color: {
    legend: '¿De qué color es la marca plana?',
    hint: 'Compárela con la piel de alrededor.',
    hintSources: [],
    options: [
      {value: 'brown', label: 'Marrón, o más oscura que su piel'},
      {value: 'red', label: 'Rosada, roja o morada'},
      {value: 'unsure', label: 'No lo sé con seguridad, o es una mezcla'},
    ],
  },
  width: {
    legend: '¿Cuánto mide de ancho el hundimiento?',
    hint: 'Como referencia, 1 mm es el espacio entre las rayitas más pequeñas de una regla.',
    hintSources: [],
    options: [
      {value: 'narrow', label: 'Muy estrecho, como el agujero de un pinchazo: más o menos el ancho de la punta de un lápiz, menos de 2 mm'},
      {value: 'small', label: 'Pequeño, redondo u ovalado, con bordes bien definidos: de unos 1.5 a 4 mm'},
      {value: 'wide', label: 'Ancho, con bordes suaves e inclinados: de más de unos 4 a 5 mm'},
      {value: 'unsure', label: 'No lo sé con seguridad'},
    ],
  },
  stretch: {
    legend: 'Estire suavemente con dos dedos la piel de alrededor. ¿Qué le pasa al hundimiento?',
    hint: 'Los profesionales sanitarios a menudo comprueban esto. Solo da una pista aproximada.',
    hintSources: [],
    options: [
      {value: 'flattens', label: 'Se aplana o se vuelve menos profundo'},
      {value: 'same', label: 'Se queda igual'},
      {value: 'unsure', label: 'No lo sé con seguridad'},
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
  icepick: {name: 'Cicatriz en picahielo: una cicatriz hundida', sources: ['jacob2001', 'fabbrocini2010']},
  boxcar: {name: 'Cicatriz en vagón (boxcar): una cicatriz hundida', sources: ['jacob2001', 'fabbrocini2010']},
  rolling: {name: 'Cicatriz ondulada (rolling): una cicatriz hundida', sources: ['jacob2001', 'fabbrocini2010']},
  hypertrophic: {name: 'Cicatriz elevada (cicatriz hipertrófica o queloide)', sources: ['fabbrocini2010', 'connolly2017']},
  pih: {name: 'Una mancha oscura (HPI), no una cicatriz', sources: ['elbuluk2021']},
  pie: {name: 'Una mancha roja (EPI), no una cicatriz', sources: ['elbuluk2021', 'amiri2022']},
  unsure: {name: 'Estas respuestas no coinciden claramente con ningún tipo', sources: []},
} as const satisfies Record<ResultType, FinderResult>;

/** Link targets. Anchors are the heading ids on the guide pages. */
export const finderTargets = {
  icepick: {page: '/docs/scarring/atrophic-scar-types', anchor: 'icepick-scars', linkText: 'Más información sobre las cicatrices en picahielo'},
  boxcar: {page: '/docs/scarring/atrophic-scar-types', anchor: 'boxcar-scars', linkText: 'Más información sobre las cicatrices en vagón (boxcar)'},
  rolling: {page: '/docs/scarring/atrophic-scar-types', anchor: 'rolling-scars', linkText: 'Más información sobre las cicatrices onduladas (rolling)'},
  hypertrophic: {page: '/docs/scarring/hypertrophic-and-keloid-scars', linkText: 'Más información sobre las cicatrices hipertróficas y los queloides'},
  pih: {
    page: '/docs/scarring/marks-that-are-not-scars',
    anchor: 'post-inflammatory-hyperpigmentation-pih',
    linkText: 'Más información sobre las manchas oscuras (HPI)',
  },
  pie: {
    page: '/docs/scarring/marks-that-are-not-scars',
    anchor: 'post-inflammatory-erythema-pie',
    linkText: 'Más información sobre las manchas rojas (EPI)',
  },
} as const satisfies Record<Exclude<ResultType, 'unsure'>, FinderTarget>;

/** Where an unsure result sends the reader, by what left it unsure. */
export const unsureTargets = {
  surface: {
    page: '/docs/scarring/marks-that-are-not-scars',
    anchor: 'mark-or-scar-look-at-texture-not-color',
    linkText: 'Cómo distinguir una marca de una cicatriz',
  },
  color: {page: '/docs/scarring/marks-that-are-not-scars', linkText: 'Más información sobre las marcas que no son cicatrices'},
  width: {
    page: '/docs/scarring/atrophic-scar-types',
    anchor: 'the-three-type-system',
    linkText: 'Más información sobre los tres tipos de cicatriz hundida',
  },
  mixed: {
    page: '/docs/scarring/atrophic-scar-types',
    anchor: 'the-three-type-system',
    linkText: 'Más información sobre los tres tipos de cicatriz hundida',
  },
} as const satisfies Record<UnsureReason, FinderTarget>;

/**
 * The sentences reasons are built from. A `said` part repeats the reader's answer in plain words;
 * logic.ts joins it to the matching `fact`: "You said it is sunken and <said>: <fact>".
 */
export const finderText = {
  raised: {
    said: 'elevada sobre la piel',
    fact: {
      text: 'las cicatrices de acné elevadas se llaman cicatrices hipertróficas o queloides. Las revisiones las cuentan como uno de los dos grupos principales de cicatrices de acné; el otro grupo son las cicatrices hundidas.',
      sources: ['fabbrocini2010', 'connolly2017'],
    },
  },
  raisedRarer: {
    text: 'Las cicatrices de acné elevadas son menos frecuentes que las hundidas.',
    sources: ['connolly2017'],
  },
  flatNotScar: {
    text: 'Una cicatriz cambia la forma de la piel: deja un hundimiento o un bulto. Una marca plana es un cambio de color, no de forma.',
    sources: ['fabbrocini2010', 'elbuluk2021'],
  },
  brown: {
    said: 'marrón o más oscura que su piel',
    fact: {
      text: 'esto coincide con una hiperpigmentación postinflamatoria (HPI). El acné inflamado puede hacer que la piel acumule pigmento de más (melanina), lo que deja manchas oscuras.',
      sources: ['elbuluk2021'],
    },
  },
  pihSkinTone: {
    text: 'La HPI es más frecuente en la piel más oscura, aunque también puede aparecer en la piel más clara. Puede aclararse, pero quizá tarde mucho tiempo, y es difícil predecir cómo evolucionará.',
    sources: ['elbuluk2021', 'chaowattanapanit2017'],
  },
  red: {
    said: 'rosada, roja o morada',
    fact: {
      text: 'esto coincide con un eritema postinflamatorio (EPI), un enrojecimiento que queda después de que un grano de acné se ha curado.',
      sources: ['amiri2022', 'elbuluk2021'],
    },
  },
  pieSkinTone: {
    text: 'El EPI puede aparecer en cualquier tono de piel, pero es más frecuente en la piel más clara. Suele aclararse, pero puede durar meses.',
    sources: ['elbuluk2021', 'amiri2022'],
  },
  colorUnsure: {
    said: 'no tiene claro de qué color es',
    fact: {
      text: 'las marcas planas que deja el acné pueden ser oscuras (HPI) o rojas (EPI), y la guía explica las dos.',
      sources: ['elbuluk2021'],
    },
  },
  narrow: {
    said: 'de menos de 2 mm de ancho, como el agujero de un pinchazo',
    fact: {
      text: 'las cicatrices en picahielo son estrechas y profundas. Suelen medir menos de 2 mm de ancho en la superficie.',
      sources: ['fabbrocini2010'],
    },
  },
  small: {
    said: 'de unos 1.5 a 4 mm de ancho, con bordes bien definidos',
    fact: {
      text: 'las cicatrices en vagón (boxcar) son hundimientos redondos u ovalados con bordes empinados y bien definidos, de unos 1.5 a 4 mm de ancho. Algunas son poco profundas y otras son profundas.',
      sources: ['fabbrocini2010'],
    },
  },
  wide: {
    said: 'ancha, con bordes suaves',
    fact: {
      text: 'las cicatrices onduladas (rolling) son hundimientos anchos, que suelen medir más de 4 a 5 mm de lado a lado. Unas bandas de tejido duro sujetan la piel a la capa de abajo.',
      sources: ['fabbrocini2010'],
    },
  },
  widthUnsure: {
    said: 'no tiene claro cuánto mide de ancho',
    fact: {
      text: 'los tres tipos de cicatriz hundida (en picahielo, en vagón y ondulada) se diferencian por su ancho y su forma, así que esta prueba no puede distinguirlos sin ese dato.',
      sources: ['jacob2001', 'fabbrocini2010'],
    },
  },
  stretchFlattens: {
    text: 'Usted indicó que se aplana cuando estira suavemente la piel. Los profesionales sanitarios a menudo comprueban esto: que se suavice al estirar la piel sugiere que puede haber un anclaje fibroso, como en una cicatriz ondulada (rolling). Esto es solo una pista.',
    sources: [],
    note: 'Common clinical teaching; no source in bibliography.yaml. Keep the cautious wording and claim no source.',
  },
  stretchSame: {
    text: 'Usted indicó que se queda igual cuando estira la piel. Los profesionales sanitarios a menudo comprueban esto, pero es solo una pista aproximada, así que por sí sola no decide el tipo.',
    sources: [],
    note: 'Common clinical teaching; no source in bibliography.yaml. Keep the cautious wording and claim no source.',
  },
  stretchUnsure: {
    text: 'Usted no tenía claro qué pasa cuando estira la piel, así que esta sugerencia se basa solo en el ancho.',
    sources: [],
    note: 'Describes the tool, not the skin.',
  },
  surfaceUnsure: {
    text: 'Usted no tenía claro si está elevada, hundida o plana. Esa es la primera pista que usa esta prueba. Las cicatrices hundidas dejan un hundimiento, las elevadas un bulto, y una marca plana solo cambia el color.',
    sources: ['fabbrocini2010', 'elbuluk2021'],
  },
  /** {width} is replaced with the type the width fits ("an icepick" or "a boxcar"). */
  mixed: {
    text: 'Estas respuestas apuntan en direcciones distintas. El ancho corresponde a una cicatriz {width}, pero que se suavice al estirar la piel puede ser una pista de una cicatriz ondulada.',
    sources: [],
    note: 'Combines the sourced widths above with the unsourced stretch hint; makes no new claim.',
  },
  seeClinician: {
    text: 'Un profesional sanitario puede mirar la marca y decirle qué es.',
    sources: [],
    note: 'Advice, not a clinical claim.',
  },
} as const satisfies Record<string, SourcedText | {said: string; fact: SourcedText}>;

/** Always shown with the result, whatever the answers. */
export const finderReminder = {
  text: 'Solo un profesional sanitario puede diagnosticar una cicatriz. Esta prueba es una guía, no un diagnóstico. Muchas personas tienen más de un tipo de cicatriz o marca, así que responda para cada marca sobre la que tenga dudas, y muéstreselas todas a su profesional sanitario.',
  sources: [],
  note: 'Having several scar types at once is common clinical teaching; no source in bibliography.yaml gives a proportion, so the text says "many", not "most".',
} as const satisfies SourcedText;

/** Shown before the first question. */
export const finderIntro =
  'Responda unas preguntas sobre una marca. Verá qué tipo de cicatriz o marca podría ser, y por qué. Sus respuestas se quedan en esta página: no se guarda ni se envía nada.';
