import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

export interface AudiencePath {
  /** Who this path is for, used as the card heading. */
  audience: string;
  summary: string;
  /** The one-click starting page. */
  to: string;
  cta: string;
  next: {label: string; to: string}[];
}

/** The three paths, in the page's language. */
export function defaultAudiencePaths(): AudiencePath[] {
  return [
    {
      audience: translate({id: 'scaratlas.audience.patient.heading', message: 'I have acne scars'}),
      summary: translate({
        id: 'scaratlas.audience.patient.summary',
        message: 'Plain-language guides: what your scars are, what microneedling can and cannot do, and how to choose a clinic.',
      }),
      to: '/docs/start-here/how-to-use-this-guide',
      cta: translate({id: 'scaratlas.audience.patient.cta', message: 'Start the patient guide'}),
      next: [
        {label: translate({id: 'scaratlas.audience.patient.scarTypes', message: 'Types of acne scars'}), to: '/docs/scarring/atrophic-scar-types'},
        {label: translate({id: 'scaratlas.audience.patient.aftercare', message: 'Aftercare, day by day'}), to: '/docs/microneedling/aftercare'},
        {label: translate({id: 'scaratlas.audience.patient.questions', message: 'Questions to ask'}), to: '/docs/practitioner/questions-to-ask'},
      ],
    },
    {
      audience: translate({id: 'scaratlas.audience.trainee.heading', message: 'I am training to treat scars'}),
      summary: translate({
        id: 'scaratlas.audience.trainee.summary',
        message: 'The trainee chapter: protocol, needle depth by region, asepsis, anesthesia, consent and complications.',
      }),
      to: '/docs/trainee/clinical-protocol',
      cta: translate({id: 'scaratlas.audience.trainee.cta', message: 'Open the trainee chapter'}),
      next: [
        {label: translate({id: 'scaratlas.audience.trainee.needleDepth', message: 'Needle depth by region'}), to: '/docs/trainee/needle-depth-by-region'},
        {label: translate({id: 'scaratlas.audience.trainee.complications', message: 'Managing complications'}), to: '/docs/trainee/managing-complications'},
        {label: translate({id: 'scaratlas.audience.trainee.grading', message: 'Grading acne scars'}), to: '/docs/scarring/grading-acne-scars'},
      ],
    },
    {
      audience: translate({id: 'scaratlas.audience.maintainer.heading', message: 'I maintain this guide'}),
      summary: translate({
        id: 'scaratlas.audience.maintainer.summary',
        message: 'How pages are sourced and reviewed, the full bibliography, and what changed in each edition.',
      }),
      to: '/docs/start-here/editorial-policy',
      cta: translate({id: 'scaratlas.audience.maintainer.cta', message: 'Read the editorial policy'}),
      next: [
        {label: translate({id: 'scaratlas.audience.maintainer.sources', message: 'All sources'}), to: '/docs/reference/bibliography'},
        {label: translate({id: 'scaratlas.audience.maintainer.whatChanged', message: 'What changed'}), to: '/docs/reference/what-changed'},
        {label: translate({id: 'scaratlas.audience.maintainer.glossary', message: 'Glossary'}), to: '/docs/reference/glossary'},
      ],
    },
  ];
}

/** The paths as worded when this module loads; the cards themselves call defaultAudiencePaths() as they render. */
export const audiencePaths: AudiencePath[] = defaultAudiencePaths();

/** Three cards that send each kind of reader to their starting page in one click. */
export default function AudienceCards({paths}: {paths?: AudiencePath[]}): ReactNode {
  return (
    <ul className={styles.cards}>
      {(paths ?? defaultAudiencePaths()).map((path) => (
        <li key={path.to} className={styles.card}>
          <h2 className={styles.heading}>{path.audience}</h2>
          <p>{path.summary}</p>
          <Link className="button button--primary" to={path.to}>
            {path.cta}
          </Link>
          <ul className={styles.next} aria-label={translate({id: 'scaratlas.audience.moreFor', message: 'More for: {audience}'}, {audience: path.audience})}>
            {path.next.map((link) => (
              <li key={link.to}>
                <Link to={link.to}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
