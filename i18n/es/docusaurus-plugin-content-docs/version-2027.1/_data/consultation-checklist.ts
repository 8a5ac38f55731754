// Spanish text of versioned_docs/version-2027.1/_data/consultation-checklist.ts: only reader-facing strings are translated; ids, numbers and sources must match the English file.
/**
 * The consultation checklist for patients: six groups of things to check at a microneedling
 * consultation. Read by the interactive <ConsultationChecklist> and by the page text of
 * docs/practitioner/consultation-checklist.mdx.
 *
 * Wording is taken from that page's task lists. Item ids are stored in visitors' browsers
 * (localStorage), so never rename an id: add a new item with a new id instead.
 * Pure data: no React, Node or browser APIs.
 */

/** A link to the guide page that explains a group, as a site path (Docusaurus <Link to>). */
export interface ChecklistLink {
  label: string;
  to: string;
}

export interface ChecklistItem {
  /** Stable kebab-case id, unique across the whole checklist. */
  id: string;
  text: string;
}

export interface ChecklistGroup {
  /** Stable kebab-case id, unique across the whole checklist. */
  id: string;
  title: string;
  /** The guide page that explains this group's points. */
  explainer: ChecklistLink;
  /** A second page the checklist page also links for this group, if any. */
  also?: ChecklistLink;
  /**
   * Bibliography ids (src/data/bibliography.yaml) behind the clinical points in this group, as
   * cited in the group's "Why" paragraph on the page. Empty where the items make no clinical claim.
   */
  sources: readonly string[];
  items: readonly ChecklistItem[];
}

export const consultationChecklistTitle = 'Lista de verificación para la consulta';

export const consultationChecklist = [
  {
    id: 'credentials',
    title: 'Credenciales',
    explainer: {label: 'Credenciales que debe comprobar antes de la micropunción', to: '/docs/practitioner/credentials-to-check'},
    sources: ['aad2018news', 'fda_microneedling_page'],
    items: [
      {
        id: 'credentials-name-and-profession',
        text: 'Sé el nombre completo y la profesión de la persona que me va a tratar.',
      },
      {
        id: 'credentials-registration-checked',
        text: 'Comprobé su registro en el organismo que regula a los médicos o al personal de enfermería donde vivo.',
      },
      {
        id: 'credentials-training-and-experience',
        text: 'Me dijo dónde se formó en micropunción (microneedling) y con qué frecuencia trata cicatrices de acné.',
      },
      {
        id: 'credentials-supervision',
        text: 'Sé quién supervisa el tratamiento, y si hay un médico en el lugar.',
      },
      {
        id: 'credentials-device-authorized',
        text: 'Sé el nombre del dispositivo, y comprobé que está autorizado donde vivo.',
      },
    ],
  },
  {
    id: 'assessment',
    title: 'Evaluación',
    explainer: {label: 'Preguntas para hacer: sobre mis cicatrices', to: '/docs/practitioner/questions-to-ask#about-my-scars'},
    sources: ['lotfi2013', 'chu2021', 'guo2010'],
    items: [
      {
        id: 'assessment-skin-examined',
        text: 'El profesional miró mi piel de cerca y con buena luz.',
      },
      {
        id: 'assessment-scar-type',
        text: 'Me dijo qué tipo de cicatrices de acné tengo.',
      },
      {
        id: 'assessment-which-scars-respond',
        text: 'Me dijo qué cicatrices podrían responder, y cuáles podrían necesitar otro tratamiento.',
      },
      {
        id: 'assessment-active-acne-or-infection',
        text: 'Revisó si hay acné activo o infección de la piel en la zona.',
      },
      {
        id: 'assessment-health-and-medicines',
        text: 'Me preguntó por mi salud, mis medicamentos (incluida la isotretinoína, o Accutane) y mis tratamientos anteriores.',
      },
    ],
  },
  {
    id: 'plan',
    title: 'Plan',
    explainer: {
      label: 'Preguntas para hacer: sobre el plan',
      to: '/docs/practitioner/questions-to-ask#about-the-plan-number-of-sessions-and-intervals',
    },
    sources: ['alam2014', 'lotfi2013', 'iriarte2017'],
    items: [
      {
        id: 'plan-number-of-sessions',
        text: 'Sé cuántas sesiones se proponen, y que es una estimación.',
      },
      {
        id: 'plan-session-spacing',
        text: 'Sé cada cuánto tiempo serán las sesiones, y por qué.',
      },
      {
        id: 'plan-months-not-days',
        text: 'Sé que cualquier cambio puede tardar meses en notarse, no días.',
      },
      {
        id: 'plan-before-photos',
        text: 'Se tomarán fotos antes del tratamiento para que podamos seguir la evolución.',
      },
    ],
  },
  {
    id: 'risks',
    title: 'Riesgos',
    explainer: {label: 'Señales de alerta en una clínica de micropunción', to: '/docs/practitioner/red-flags'},
    also: {label: 'Riesgos y efectos secundarios', to: '/docs/microneedling/risks-and-side-effects'},
    sources: ['martin2021', 'chu2021', 'soltani2014', 'friedmann2024', 'fda2020guidance'],
    items: [
      {
        id: 'risks-common-side-effects',
        text: 'Hablamos de los efectos secundarios frecuentes y de cuánto duran.',
      },
      {
        id: 'risks-rarer-problems',
        text: 'Hablamos de problemas menos frecuentes, como manchas oscuras, marcas en forma de línea y bultos.',
      },
      {
        id: 'risks-skin-tone',
        text: 'Hablamos de mi tono de piel y del riesgo de manchas oscuras.',
      },
      {
        id: 'risks-products-on-skin',
        text: 'Sé exactamente qué me van a poner en la piel durante el tratamiento.',
      },
      {
        id: 'risks-sterile-needle-tip',
        text: 'Me dijeron que la punta de agujas será nueva, sellada y estéril, y que la abrirán delante de mí.',
      },
    ],
  },
  {
    id: 'aftercare',
    title: 'Cuidados después del tratamiento',
    explainer: {label: 'Cuidados después del tratamiento, día a día', to: '/docs/microneedling/aftercare'},
    sources: ['chu2021', 'friedmann2024'],
    items: [
      {
        id: 'aftercare-written-instructions',
        text: 'Tengo instrucciones escritas de cuidados para llevarme a casa.',
      },
      {
        id: 'aftercare-warning-signs',
        text: 'Sé qué señales indican que debo llamar a la clínica.',
      },
      {
        id: 'aftercare-phone-number',
        text: 'Tengo un número de teléfono para problemas, también fuera del horario de atención.',
      },
      {
        id: 'aftercare-follow-up-visit',
        text: 'Se ha programado o se me ha ofrecido una visita de seguimiento.',
      },
    ],
  },
  {
    id: 'paperwork',
    title: 'Documentos',
    explainer: {
      label: 'Preguntas para hacer: sobre el costo y el seguimiento',
      to: '/docs/practitioner/questions-to-ask#about-cost-and-follow-up',
    },
    sources: ['fda_microneedling_page'],
    items: [
      {
        id: 'paperwork-consent-form',
        text: 'Leí el formulario de consentimiento, y respondieron mis preguntas antes de firmar.',
      },
      {
        id: 'paperwork-written-price',
        text: 'Tengo un precio por escrito que incluye todos los costos.',
      },
      {
        id: 'paperwork-refund-terms',
        text: 'Conozco las condiciones de reembolso si dejo un paquete de sesiones antes de terminarlo.',
      },
      {
        id: 'paperwork-session-record',
        text: 'La clínica anotará el dispositivo, la profundidad de la aguja y los productos usados en cada sesión.',
      },
    ],
  },
] as const satisfies readonly ChecklistGroup[];

/** Every item id, in checklist order. */
export const consultationChecklistItemIds: readonly string[] = consultationChecklist.flatMap((group) =>
  group.items.map((item) => item.id),
);
