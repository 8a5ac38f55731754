import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
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

export const audiencePaths: AudiencePath[] = [
  {
    audience: 'I have acne scars',
    summary: 'Plain-language guides: what your scars are, what microneedling can and cannot do, and how to choose a clinic.',
    to: '/docs/start-here/how-to-use-this-guide',
    cta: 'Start the patient guide',
    next: [
      {label: 'Types of acne scars', to: '/docs/scarring/atrophic-scar-types'},
      {label: 'Aftercare, day by day', to: '/docs/microneedling/aftercare'},
      {label: 'Questions to ask', to: '/docs/practitioner/questions-to-ask'},
    ],
  },
  {
    audience: 'I am training to treat scars',
    summary: 'The trainee chapter: protocol, needle depth by region, asepsis, anesthesia, consent and complications.',
    to: '/docs/trainee/clinical-protocol',
    cta: 'Open the trainee chapter',
    next: [
      {label: 'Needle depth by region', to: '/docs/trainee/needle-depth-by-region'},
      {label: 'Managing complications', to: '/docs/trainee/managing-complications'},
      {label: 'Grading acne scars', to: '/docs/scarring/grading-acne-scars'},
    ],
  },
  {
    audience: 'I maintain this guide',
    summary: 'How pages are sourced and reviewed, the full bibliography, and what changed in each edition.',
    to: '/docs/start-here/editorial-policy',
    cta: 'Read the editorial policy',
    next: [
      {label: 'All sources', to: '/docs/reference/bibliography'},
      {label: 'What changed', to: '/docs/reference/what-changed'},
      {label: 'Glossary', to: '/docs/reference/glossary'},
    ],
  },
];

/** Three cards that send each kind of reader to their starting page in one click. */
export default function AudienceCards({paths = audiencePaths}: {paths?: AudiencePath[]}): ReactNode {
  return (
    <ul className={styles.cards}>
      {paths.map((path) => (
        <li key={path.to} className={styles.card}>
          <h2 className={styles.heading}>{path.audience}</h2>
          <p>{path.summary}</p>
          <Link className="button button--primary" to={path.to}>
            {path.cta}
          </Link>
          <ul className={styles.next} aria-label={`More for: ${path.audience}`}>
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
