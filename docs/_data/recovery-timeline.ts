/**
 * The recovery timeline after microneedling: what is normal, when to call the clinic and how to
 * care for the skin, phase by phase. The aftercare page (microneedling/aftercare.mdx) shows it
 * through <RecoveryTimeline> and its "Warning signs" box (`warningSigns`); the page text does not
 * repeat it (a content rule checks that).
 *
 * Every claim lists the bibliography ids (src/data/bibliography.yaml) whose `finding` supports it.
 * Rules (checked by src/components/RecoveryTimeline/logic.test.ts):
 * - "What is normal" and "Call your clinic if" claims always have at least one source.
 * - Care advice may have `sources: []`: that means clinic habit, not tested in studies
 *   (no study behind it was found; see this file's entry in the claim-check ledger), and the
 *   component labels it so. Such text must not contain numbers.
 * - Pinpoint bleeding (day 0) is not named in the `finding` lines themselves; it is supported by
 *   chu2021 (an MDedge news report on the review lists bleeding and bruising among the transient
 *   effects). gowda2021's abstract does not name it, so it is not cited for it.
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
export const unsourcedLabel = 'Clinic advice, not tested in studies';

export const emergency = {
  text:
    'Allergic reactions that affect the whole body are rare after microneedling, but they have been ' +
    'reported. If your face, lips or eyes swell fast, or you get hives or trouble breathing, get emergency ' +
    'help straight away. Do not wait to call your clinic.',
  sources: ['soltani2014', 'gowda2021'],
} as const satisfies Claim;

// Warning signs that apply in more than one phase. Shared so the wording stays the same everywhere.
const infectionSigns = {
  text:
    'Pus, oozing, yellow crusts, or a fever. Infection after microneedling is rare, but the authors of a ' +
    'safety review list it among the rarer side effects.',
  sources: ['gowda2021'],
} as const satisfies Claim;

const worseningSigns = {
  text:
    'Redness, swelling, heat or pain that gets worse after the first 2 to 3 days, or spreads beyond ' +
    'the treated area. The usual effects should be settling by then, and infection is one possible cause.',
  sources: ['martin2021', 'gowda2021'],
} as const satisfies Claim;

const coldSoreSigns = {
  text:
    'Tingling, blisters or clusters of small sores, often near the lips. Skin injury from a cosmetic ' +
    'treatment can wake up the cold sore virus. A guideline says this is thought to be rare, but there ' +
    'are no reliable figures on how often it happens.',
  sources: ['vaghela2021'],
} as const satisfies Claim;

export const recoveryPhases = [
  {
    id: 'day-0',
    label: 'Day 0 (treatment day)',
    fromDay: 0,
    toDay: 0,
    normal: [
      {
        text: 'Redness, like a mild sunburn. Doctors call this erythema.',
        sources: ['chu2021', 'martin2021', 'gowda2021'],
      },
      {
        text: 'Some swelling. Doctors call this edema.',
        sources: ['chu2021', 'martin2021', 'gowda2021'],
      },
      {
        text: 'Soreness, or a burning feeling when you touch your face.',
        sources: ['chu2021', 'gowda2021'],
      },
      {
        text: 'Tiny dots of blood, or small dark specks where blood has dried.',
        sources: ['chu2021'],
      },
    ],
    callClinic: [
      {
        text:
          'Redness, a rash or swelling that spreads beyond the treated area. Rarely, a product pushed into ' +
          'the skin causes an allergic reaction.',
        sources: ['soltani2014', 'gowda2021'],
      },
    ],
    care: [
      {text: 'Keep your hands off your face. Wash your hands before you touch it.', sources: []},
      {
        text: 'Rinse with lukewarm water and a gentle, plain cleanser, if your clinic allows it. Pat dry with a clean towel.',
        sources: [],
      },
      {text: 'Use only the products your clinic gave you or approved.', sources: []},
      {
        text:
          'Why so careful with products, even after the session? The needles make tiny channels that let ' +
          'products go much deeper than usual. Granulomas, a reaction under the skin that can cause firm lumps, ' +
          'have been linked to products put on during needling and, in one case, to a vitamin C product and a ' +
          'tinted sunscreen put on afterward. Most reported cases involved vitamin C products.',
        sources: ['soltani2014', 'martin2021', 'friedmann2024'],
      },
      {text: 'Clinics commonly advise no makeup on this day.', sources: []},
      {text: 'Clinics often advise skipping hard workouts, saunas and swimming pools for now.', sources: []},
      {text: 'Sleep on a clean pillowcase.', sources: []},
    ],
  },
  {
    id: 'days-1-3',
    label: 'Days 1-3',
    fromDay: 1,
    toDay: 3,
    normal: [
      {
        text: 'Redness and swelling start to settle.',
        sources: ['martin2021', 'chu2021'],
      },
      {
        text: 'Dry, tight or rough skin that starts to flake.',
        sources: ['martin2021', 'chu2021'],
      },
      {
        text: 'Some people have tender, swollen glands (lymph nodes) for a short time.',
        sources: ['chu2021'],
      },
    ],
    callClinic: [infectionSigns, coldSoreSigns],
    care: [
      {text: 'Keep washing gently, once or twice a day.', sources: []},
      {text: 'Use a plain, fragrance-free moisturizer if your skin feels tight.', sources: []},
      {text: 'Do not pick or scrub off flakes. Let them come away on their own.', sources: []},
      {
        text:
          'Makeup: many clinics suggest waiting at least a day or two. If you use it, choose clean brushes ' +
          'and products you have not shared. Wore it too soon? Wash it off gently and watch for the warning signs.',
        sources: [],
      },
      {
        text:
          'Active products: clinics commonly advise pausing retinol and other retinoids, acids, scrubs and ' +
          'vitamin C for several days. No good studies say when to restart them.',
        sources: [],
      },
      {text: 'Stay in the shade and wear a wide-brimmed hat when you go out.', sources: []},
      {
        text:
          'Some people get small pimples or tiny white bumps (milia). The safety reviews we use do not say ' +
          'how often. Tell your clinic about any breakout, especially if it is painful or spreading.',
        sources: [],
      },
    ],
  },
  {
    id: 'days-4-7',
    label: 'Days 4-7',
    fromDay: 4,
    toDay: 7,
    normal: [
      {
        text: 'For many people, the skin looks close to normal by now.',
        sources: ['martin2021', 'chu2021'],
      },
      {
        text: 'Some redness can last up to about a week after treatment.',
        sources: ['chu2021'],
      },
      {
        text: 'Flaking should be coming to an end.',
        sources: ['martin2021', 'chu2021'],
      },
    ],
    callClinic: [worseningSigns, infectionSigns, coldSoreSigns],
    care: [
      {text: 'Bring back your usual products slowly, one at a time. Start with gentle ones.', sources: []},
      {text: 'If a product stings or burns, stop it and wait a few more days.', sources: []},
      {text: 'Clinics often say you can go back to normal exercise around this time.', sources: []},
      {
        text: 'Once your skin has settled, use a broad-spectrum sunscreen every day. Reapply it if you are outside for a long time.',
        sources: [],
      },
    ],
  },
  {
    id: 'week-2-and-after',
    label: 'Week 2 and after',
    fromDay: 8,
    toDay: null,
    normal: [
      {
        text: 'On the surface, your skin should look like itself again.',
        sources: ['chu2021'],
      },
      {
        text:
          'Under the surface, change is slow. In the main trial, scar scores were clearly better than at the ' +
          'start by 6 months; at 3 months the change was too small to be sure. So do not judge your results yet.',
        sources: ['alam2014'],
      },
    ],
    callClinic: [
      {
        text:
          'Flat dark patches that appear as the redness fades. Doctors call this post-inflammatory ' +
          'hyperpigmentation (PIH). It is one of the side effects reported most often, and darker skin raises ' +
          'the risk of side effects.',
        sources: ['hou2017', 'chu2021'],
      },
      {
        text:
          'Firm lumps or bumps that are still there after the first week, or that keep growing. These may be ' +
          'granulomas. They are rare, but can be hard to treat.',
        sources: ['friedmann2024', 'soltani2014', 'chu2021'],
      },
      {
        text: 'Lines, stripes or a grid pattern in your skin. This is called tram-track scarring.',
        sources: ['chu2021'],
      },
      worseningSigns,
    ],
    care: [
      {
        text: 'Keep up sun protection every day. No study has tested which sunscreen is best, or for how many weeks.',
        sources: [],
      },
      {text: 'Ask your clinic which sunscreen they prefer for healing skin.', sources: []},
    ],
  },
] as const satisfies readonly RecoveryPhase[];

export const recoveryTimeline = {
  emergency,
  phases: recoveryPhases,
} as const satisfies RecoveryTimelineData;

/** Every "call your clinic" sign across the phases, once each, in timeline order (the aftercare page's box). */
export const warningSigns: readonly Claim[] = [...new Set(recoveryPhases.flatMap((phase): readonly Claim[] => phase.callClinic))];
