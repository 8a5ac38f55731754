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

export const consultationChecklistTitle = 'Consultation checklist';

export const consultationChecklist = [
  {
    id: 'credentials',
    title: 'Credentials',
    explainer: {label: 'Credentials to check before microneedling', to: '/docs/practitioner/credentials-to-check'},
    sources: ['aad2018news', 'fda_microneedling_page'],
    items: [
      {
        id: 'credentials-name-and-profession',
        text: 'I know the full name and profession of the person who will treat me.',
      },
      {
        id: 'credentials-registration-checked',
        text: 'I checked their registration with my local medical or nursing regulator.',
      },
      {
        id: 'credentials-training-and-experience',
        text: 'They told me where they trained in microneedling and how often they treat acne scars.',
      },
      {
        id: 'credentials-supervision',
        text: 'I know who supervises the treatment, and whether a doctor is on site.',
      },
      {
        id: 'credentials-device-authorized',
        text: 'I know the name of the device, and I checked that it is authorized where I live.',
      },
    ],
  },
  {
    id: 'assessment',
    title: 'Assessment',
    explainer: {label: 'Questions to ask: about my scars', to: '/docs/practitioner/questions-to-ask#about-my-scars'},
    sources: ['lotfi2013', 'chu2021', 'guo2010'],
    items: [
      {
        id: 'assessment-skin-examined',
        text: 'The practitioner looked closely at my skin in good light.',
      },
      {
        id: 'assessment-scar-type',
        text: 'They told me which type of acne scars I have.',
      },
      {
        id: 'assessment-which-scars-respond',
        text: 'They said which scars may respond, and which may need a different treatment.',
      },
      {
        id: 'assessment-active-acne-or-infection',
        text: 'They checked for active acne or skin infection in the area.',
      },
      {
        id: 'assessment-health-and-medicines',
        text: 'They asked about my health, my medicines (including isotretinoin, or Accutane) and past treatments.',
      },
    ],
  },
  {
    id: 'plan',
    title: 'Plan',
    explainer: {
      label: 'Questions to ask: about the plan',
      to: '/docs/practitioner/questions-to-ask#about-the-plan-number-of-sessions-and-intervals',
    },
    sources: ['alam2014', 'lotfi2013', 'iriarte2017'],
    items: [
      {
        id: 'plan-number-of-sessions',
        text: 'I know how many sessions are suggested, and that this is an estimate.',
      },
      {
        id: 'plan-session-spacing',
        text: 'I know how far apart the sessions will be, and why.',
      },
      {
        id: 'plan-months-not-days',
        text: 'I know that any change may take months to show, not days.',
      },
      {
        id: 'plan-before-photos',
        text: 'Photos will be taken before treatment so we can track progress.',
      },
    ],
  },
  {
    id: 'risks',
    title: 'Risks',
    explainer: {label: 'Red flags at a microneedling clinic', to: '/docs/practitioner/red-flags'},
    also: {label: 'Risks and side effects', to: '/docs/microneedling/risks-and-side-effects'},
    sources: ['martin2021', 'chu2021', 'soltani2014', 'friedmann2024', 'fda2020guidance'],
    items: [
      {
        id: 'risks-common-side-effects',
        text: 'We talked about common side effects and how long they last.',
      },
      {
        id: 'risks-rarer-problems',
        text: 'We talked about rarer problems, such as dark patches, line-shaped marks and lumps.',
      },
      {
        id: 'risks-skin-tone',
        text: 'We talked about my skin tone and the risk of dark patches.',
      },
      {
        id: 'risks-products-on-skin',
        text: 'I know exactly what will be put on my skin during treatment.',
      },
      {
        id: 'risks-sterile-needle-tip',
        text: 'I was told the needle tip will be new, sealed and sterile, and opened in front of me.',
      },
    ],
  },
  {
    id: 'aftercare',
    title: 'Aftercare',
    explainer: {label: 'Aftercare, day by day', to: '/docs/microneedling/aftercare'},
    sources: ['chu2021', 'friedmann2024'],
    items: [
      {
        id: 'aftercare-written-instructions',
        text: 'I have written aftercare instructions to take home.',
      },
      {
        id: 'aftercare-warning-signs',
        text: 'I know which signs mean I should call the clinic.',
      },
      {
        id: 'aftercare-phone-number',
        text: 'I have a phone number for problems, including after hours.',
      },
      {
        id: 'aftercare-follow-up-visit',
        text: 'A follow-up visit is booked or offered.',
      },
    ],
  },
  {
    id: 'paperwork',
    title: 'Paperwork',
    explainer: {
      label: 'Questions to ask: about cost and follow-up',
      to: '/docs/practitioner/questions-to-ask#about-cost-and-follow-up',
    },
    sources: ['fda_microneedling_page'],
    items: [
      {
        id: 'paperwork-consent-form',
        text: 'I read the consent form, and my questions were answered before I signed.',
      },
      {
        id: 'paperwork-written-price',
        text: 'I have a written price that includes all costs.',
      },
      {
        id: 'paperwork-refund-terms',
        text: 'I know the refund terms if I stop a package early.',
      },
      {
        id: 'paperwork-session-record',
        text: 'The clinic will record the device, needle depth and products used at each session.',
      },
    ],
  },
] as const satisfies readonly ChecklistGroup[];

/** Every item id, in checklist order. */
export const consultationChecklistItemIds: readonly string[] = consultationChecklist.flatMap((group) =>
  group.items.map((item) => item.id),
);
