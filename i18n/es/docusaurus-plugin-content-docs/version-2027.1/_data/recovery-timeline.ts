// Spanish text of versioned_docs/version-2027.1/_data/recovery-timeline.ts: only reader-facing strings are translated; ids, numbers and sources must match the English file.
/**
 * The recovery timeline after microneedling: what is normal, when to call the clinic and how to
 * care for the skin, phase by phase. Read by the interactive <RecoveryTimeline> and (later) by the
 * page text of docs/microneedling/aftercare.mdx, whose sections "Day 0 (treatment day)",
 * "Days 1-3", "Days 4-7", "Week 2 and after" and the "Call your clinic" box it follows.
 *
 * Every claim lists the bibliography ids (src/data/bibliography.yaml) whose `finding` supports it.
 * Rules (checked by src/components/RecoveryTimeline/logic.test.ts):
 * - "What is normal" and "Call your clinic if" claims always have at least one source.
 * - Care advice may have `sources: []`: that means clinic habit, not tested in studies
 *   (facts.md 6.7), and the component labels it so. Such text must not contain numbers.
 * - Pinpoint bleeding (day 0) is not named in the `finding` lines themselves; it is supported by
 *   chu2021 (an MDedge news report on the review lists bleeding and bruising among the transient
 *   effects) and by facts.md 6.1. gowda2021's abstract does not name it, so it is not cited here.
 *
 * Pure data: no React, Node or browser APIs. Phase ids are part of the page's anchors: do not rename.
 */

/** Bibliography ids this timeline cites. The test checks each exists in bibliography.yaml. */
export type TimelineSourceId =
  | 'alam2014'
  | 'chu2021'
  | 'friedmann2024'
  | 'gowda2021'
  | 'hou2017'
  | 'martin2021'
  | 'soltani2014'
  | 'vaghela2021';

/** "Author Year" labels, as shortLabel() in src/data/reference.ts makes them (checked by a test). */
export const sourceLabels = {
  alam2014: 'Alam 2014',
  chu2021: 'Chu 2021',
  friedmann2024: 'Friedmann 2024',
  gowda2021: 'Gowda 2021',
  hou2017: 'Hou 2017',
  martin2021: 'Martin 2021',
  soltani2014: 'Soltani-Arabshahi 2014',
  vaghela2021: 'Vaghela 2021',
} as const satisfies Record<TimelineSourceId, string>;

export interface Claim {
  readonly text: string;
  /** Bibliography ids. Empty only for care advice that no study has tested. */
  readonly sources: readonly TimelineSourceId[];
}

export interface RecoveryPhase {
  /** Stable kebab-case id. */
  readonly id: string;
  /** Same wording as the page's heading for this phase. */
  readonly label: string;
  /** First day of the phase; day 0 is the day of treatment. */
  readonly fromDay: number;
  /** Last day of the phase (inclusive), or null when the phase has no end. */
  readonly toDay: number | null;
  readonly normal: readonly Claim[];
  readonly callClinic: readonly Claim[];
  readonly care: readonly Claim[];
}

export interface RecoveryTimelineData {
  /** Shown once above the phases: applies on every day. */
  readonly emergency: Claim;
  readonly phases: readonly RecoveryPhase[];
}

/** Shown with care advice that has no peer-reviewed source. */
export const unsourcedLabel = 'Consejo de las clínicas, no probado en estudios';

export const emergency = {
  text:
    'Las reacciones alérgicas que afectan a todo el cuerpo son raras después de la micropunción ' +
    '(microneedling), pero se han reportado. Si se le hinchan rápido la cara, los labios o los ojos, o si ' +
    'le salen ronchas o tiene dificultad para respirar, busque ayuda de emergencia de inmediato. No espere ' +
    'a llamar a su clínica.',
  sources: ['soltani2014', 'gowda2021'],
} as const satisfies Claim;

// Warning signs that apply in more than one phase. Shared so the wording stays the same everywhere.
const infectionSigns = {
  text:
    'Pus, líquido que sale de la piel, costras amarillas o fiebre. La infección después de la micropunción ' +
    'es rara, pero los autores de una revisión sobre seguridad la incluyen entre los efectos secundarios ' +
    'menos frecuentes.',
  sources: ['gowda2021'],
} as const satisfies Claim;

const worseningSigns = {
  text:
    'Enrojecimiento, hinchazón, calor o dolor que empeora después de los primeros 2 a 3 días, o que se ' +
    'extiende más allá de la zona tratada. Para entonces, los efectos habituales deberían estar calmándose, ' +
    'y una infección es una de las causas posibles.',
  sources: ['martin2021', 'gowda2021'],
} as const satisfies Claim;

const coldSoreSigns = {
  text:
    'Hormigueo, ampollas o grupos de pequeñas llagas, a menudo cerca de los labios. La lesión de la piel ' +
    'que causa un tratamiento estético puede despertar el virus del herpes labial. Una guía clínica dice ' +
    'que se cree que esto es raro, pero no hay cifras fiables sobre la frecuencia con que ocurre.',
  sources: ['vaghela2021'],
} as const satisfies Claim;

export const recoveryPhases = [
  {
    id: 'day-0',
    label: 'Día 0 (día del tratamiento)',
    fromDay: 0,
    toDay: 0,
    normal: [
      {
        text: 'Enrojecimiento, como una quemadura de sol leve. Los médicos lo llaman eritema.',
        sources: ['chu2021', 'martin2021', 'gowda2021'],
      },
      {
        text: 'Algo de hinchazón. Los médicos la llaman edema.',
        sources: ['chu2021', 'martin2021', 'gowda2021'],
      },
      {
        text: 'Molestias o dolor leve, o una sensación de ardor cuando se toca la cara.',
        sources: ['chu2021', 'gowda2021'],
      },
      {
        text: 'Puntitos diminutos de sangre, o pequeñas motas oscuras donde se ha secado la sangre.',
        sources: ['chu2021'],
      },
    ],
    callClinic: [
      {
        text:
          'Enrojecimiento, una erupción en la piel o hinchazón que se extiende más allá de la zona tratada. ' +
          'En raras ocasiones, un producto introducido en la piel causa una reacción alérgica.',
        sources: ['soltani2014', 'gowda2021'],
      },
    ],
    care: [
      {text: 'No se toque la cara con las manos. Lávese las manos antes de tocarla.', sources: []},
      {
        text: 'Enjuáguese con agua tibia y un limpiador suave y sencillo, si su clínica lo permite. Séquese con toques suaves con una toalla limpia.',
        sources: [],
      },
      {text: 'Use solo los productos que su clínica le dio o aprobó.', sources: []},
      {
        text:
          '¿Por qué tanto cuidado con los productos, incluso después de la sesión? Las agujas abren canales ' +
          'diminutos que dejan que los productos lleguen mucho más hondo de lo normal. Los granulomas, una ' +
          'reacción debajo de la piel que puede causar bultos firmes, se han relacionado con productos ' +
          'aplicados durante la micropunción y, en un caso, con un producto con vitamina C y un protector ' +
          'solar con color aplicados después. La mayoría de los casos reportados tenían que ver con ' +
          'productos con vitamina C.',
        sources: ['soltani2014', 'martin2021', 'friedmann2024'],
      },
      {text: 'Las clínicas suelen aconsejar no usar maquillaje este día.', sources: []},
      {text: 'Las clínicas a menudo aconsejan evitar por ahora el ejercicio intenso, las saunas y las piscinas.', sources: []},
      {text: 'Duerma sobre una funda de almohada limpia.', sources: []},
    ],
  },
  {
    id: 'days-1-3',
    label: 'Días 1-3',
    fromDay: 1,
    toDay: 3,
    normal: [
      {
        text: 'El enrojecimiento y la hinchazón empiezan a calmarse.',
        sources: ['martin2021', 'chu2021'],
      },
      {
        text: 'Piel seca, tirante o áspera que empieza a pelarse.',
        sources: ['martin2021', 'chu2021'],
      },
      {
        text: 'Algunas personas tienen, por poco tiempo, ganglios hinchados y sensibles al tacto (ganglios linfáticos).',
        sources: ['chu2021'],
      },
    ],
    callClinic: [infectionSigns, coldSoreSigns],
    care: [
      {text: 'Siga lavándose la cara con suavidad, una o dos veces al día.', sources: []},
      {text: 'Use una crema hidratante sencilla y sin perfume si siente la piel tirante.', sources: []},
      {text: 'No se arranque ni se frote la piel que se pela. Deje que se desprenda sola.', sources: []},
      {
        text:
          'Maquillaje: muchas clínicas sugieren esperar al menos uno o dos días. Si lo usa, elija brochas ' +
          'limpias y productos que no haya compartido. ¿Se maquilló demasiado pronto? Retírelo con suavidad ' +
          'y vigile las señales de alarma.',
        sources: [],
      },
      {
        text:
          'Productos activos: las clínicas suelen aconsejar dejar de usar durante varios días el retinol y ' +
          'otros retinoides, los ácidos, los exfoliantes y la vitamina C. Ningún estudio de buena calidad ' +
          'dice cuándo volver a usarlos.',
        sources: [],
      },
      {text: 'Quédese a la sombra y use un sombrero de ala ancha cuando salga.', sources: []},
      {
        text:
          'A algunas personas les salen granitos o bultitos blancos diminutos (milios). Las revisiones ' +
          'sobre seguridad que usamos no dicen con qué frecuencia. Informe a su clínica de cualquier brote ' +
          'de granos, sobre todo si duele o se extiende.',
        sources: [],
      },
    ],
  },
  {
    id: 'days-4-7',
    label: 'Días 4-7',
    fromDay: 4,
    toDay: 7,
    normal: [
      {
        text: 'En muchas personas, la piel ya se ve casi normal.',
        sources: ['martin2021', 'chu2021'],
      },
      {
        text: 'Algo de enrojecimiento puede durar hasta más o menos una semana después del tratamiento.',
        sources: ['chu2021'],
      },
      {
        text: 'La piel debería estar terminando de pelarse.',
        sources: ['martin2021', 'chu2021'],
      },
    ],
    callClinic: [worseningSigns, infectionSigns, coldSoreSigns],
    care: [
      {text: 'Vuelva a usar sus productos habituales poco a poco, de uno en uno. Empiece por los suaves.', sources: []},
      {text: 'Si un producto le pica o le arde, deje de usarlo y espere unos días más.', sources: []},
      {text: 'Las clínicas a menudo dicen que puede volver a hacer su ejercicio habitual más o menos en estos días.', sources: []},
      {
        text: 'Cuando su piel se haya calmado, use todos los días un protector solar de amplio espectro. Vuelva a aplicarlo si pasa mucho tiempo al aire libre.',
        sources: [],
      },
    ],
  },
  {
    id: 'week-2-and-after',
    label: 'Semana 2 y después',
    fromDay: 8,
    toDay: null,
    normal: [
      {
        text: 'Por fuera, su piel debería verse otra vez como siempre.',
        sources: ['chu2021'],
      },
      {
        text:
          'Por dentro, el cambio es lento. En el ensayo principal, a los 6 meses las puntuaciones de las ' +
          'cicatrices eran claramente mejores que al inicio; a los 3 meses el cambio era demasiado pequeño ' +
          'para estar seguros. Así que no juzgue todavía sus resultados.',
        sources: ['alam2014'],
      },
    ],
    callClinic: [
      {
        text:
          'Manchas oscuras y planas que aparecen a medida que se va el enrojecimiento. Los médicos llaman a ' +
          'esto hiperpigmentación postinflamatoria (HPI). Es uno de los efectos secundarios que se reportan ' +
          'con más frecuencia, y la piel más oscura aumenta el riesgo de efectos secundarios.',
        sources: ['hou2017', 'chu2021'],
      },
      {
        text:
          'Bultos o protuberancias firmes que siguen ahí después de la primera semana, o que siguen ' +
          'creciendo. Pueden ser granulomas. Son raros, pero pueden ser difíciles de tratar.',
        sources: ['friedmann2024', 'soltani2014', 'chu2021'],
      },
      {
        text: 'Líneas, rayas o un dibujo de cuadrícula en la piel. Esto se llama cicatrices en vía de tren.',
        sources: ['chu2021'],
      },
      worseningSigns,
    ],
    care: [
      {
        text: 'Siga protegiéndose del sol todos los días. Ningún estudio ha probado qué protector solar es el mejor, ni durante cuántas semanas.',
        sources: [],
      },
      {text: 'Pregunte en su clínica qué protector solar prefieren para la piel que está sanando.', sources: []},
    ],
  },
] as const satisfies readonly RecoveryPhase[];

export const recoveryTimeline = {
  emergency,
  phases: recoveryPhases,
} as const satisfies RecoveryTimelineData;

/** "Chu 2021" for a known id; the id itself for anything else (never throws in a page render). */
export function sourceLabel(id: string): string {
  return (sourceLabels as Record<string, string>)[id] ?? id;
}

/** Every "call your clinic" sign across the phases, once each, in timeline order (the aftercare page's box). */
export const warningSigns: readonly Claim[] = [...new Set(recoveryPhases.flatMap((phase): readonly Claim[] => phase.callClinic))];
