import type {ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import type {PublicReference} from '@site/src/data/reference';
import {ReferenceEntry} from '@site/src/components/References';
import styles from './styles.module.css';

export interface BibliographyProps {
  /** Every entry of src/data/bibliography.yaml, sorted by first author (filled in at build time). */
  items?: PublicReference[];
}

/** The kinds of source, in the order they are listed, with their headings in the page's language. */
function groups(): {type: PublicReference['type']; title: string}[] {
  return [
    {type: 'article', title: translate({id: 'scaratlas.bibliography.group.article', message: 'Peer-reviewed papers'})},
    {type: 'regulatory', title: translate({id: 'scaratlas.bibliography.group.regulatory', message: 'Regulators'})},
    {type: 'professional-body', title: translate({id: 'scaratlas.bibliography.group.professionalBody', message: 'Professional bodies'})},
  ];
}

function intro(count: number): string {
  return count === 1
    ? translate({
        id: 'scaratlas.bibliography.intro.one',
        message: "1 source. Papers link to their DOI and/or PubMed record; official documents link to the issuing body's page where it was seen.",
      })
    : translate(
        {
          id: 'scaratlas.bibliography.intro.other',
          message: "{count} sources. Papers link to their DOI and/or PubMed record; official documents link to the issuing body's page where it was seen.",
        },
        {count},
      );
}

/** The full source list, grouped by kind of source; each entry has an anchor `#source-<id>`. */
export default function Bibliography({items = []}: BibliographyProps): ReactNode {
  return (
    <div className={styles.bibliography}>
      <p>{intro(items.length)}</p>
      {groups().map((group) => {
        const entries = items.filter((item) => item.type === group.type);
        if (entries.length === 0) return null;
        return (
          <section key={group.type} aria-labelledby={`sources-${group.type}`}>
            <h2 id={`sources-${group.type}`}>
              {group.title} ({entries.length})
            </h2>
            <ul className="references-list">
              {entries.map((entry) => (
                <li key={entry.id} id={`source-${entry.id}`} className={styles.entry}>
                  <ReferenceEntry reference={entry} /> <code className={styles.id}>{entry.id}</code>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
