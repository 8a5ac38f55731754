import {loadBibliography, parseBibliography, toPublic} from './bibliography';

const valid = `
- id: alam2014
  type: article
  authors: Alam M, Han S
  year: 2014
  title: A trial
  journal: JAMA Dermatol
  pmid: '24919799'
  verification: confirmed
  seen_at: [https://example.org]
  finding: A paraphrased finding.
`;

describe('bibliography.yaml', () => {
  const entries = loadBibliography();

  it('loads every entry with a unique id', () => {
    expect(entries.size).toBeGreaterThanOrEqual(40);
  });

  it('gives every article a DOI or a PMID', () => {
    for (const entry of entries.values()) {
      if (entry.type === 'article') expect(Boolean(entry.doi || entry.pmid)).toBe(true);
    }
  });

  it('gives every official document an issuing body and a url or a formal document id', () => {
    for (const entry of entries.values()) {
      if (entry.type !== 'article') {
        expect(entry.publisher.length).toBeGreaterThan(2);
        expect(Boolean(entry.url || entry.document)).toBe(true);
      }
    }
  });

  it('keeps editor-only fields out of what pages receive', () => {
    const pub = toPublic(entries.get('alam2014')!);
    expect(pub).not.toHaveProperty('finding');
    expect(pub).not.toHaveProperty('seen_at');
    expect(pub.doi).toBe('10.1001/jamadermatol.2013.8687');
  });
});

describe('parseBibliography errors name the file, entry and field', () => {
  it('accepts a valid entry', () => {
    expect(parseBibliography(valid, 'bib.yaml').get('alam2014')?.year).toBe(2014);
  });

  it('rejects an article without DOI or PMID', () => {
    const broken = valid.replace("  pmid: '24919799'\n", '');
    expect(() => parseBibliography(broken, 'bib.yaml')).toThrow('bib.yaml: entry "alam2014", field "doi": an article needs a doi or a pmid');
  });

  it('rejects a malformed DOI', () => {
    const broken = valid.replace("  pmid: '24919799'\n", '  doi: doi.org/10.1001\n');
    expect(() => parseBibliography(broken, 'bib.yaml')).toThrow('entry "alam2014", field "doi": a DOI looks like 10.xxxx/yyy');
  });

  it('rejects a missing title', () => {
    expect(() => parseBibliography(valid.replace('  title: A trial\n', ''), 'bib.yaml')).toThrow('entry "alam2014", field "title"');
  });

  it('rejects duplicate ids', () => {
    expect(() => parseBibliography(valid + valid, 'bib.yaml')).toThrow('bib.yaml: entry "alam2014" is listed twice');
  });

  it('rejects invalid YAML', () => {
    expect(() => parseBibliography('- id: [unclosed', 'bib.yaml')).toThrow('bib.yaml: invalid YAML');
  });
});
