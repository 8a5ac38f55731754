import fs from 'node:fs';
import path from 'node:path';
import {loadGlossary, parseGlossary, parseTranslatedGlossary} from './glossary';
import {loadBibliography} from './bibliography';
import {headingAnchors} from '@site/tests/helpers/headings';

const docs = path.resolve(__dirname, '../../docs');
const valid = `
- id: erythema
  term: Erythema
  aliases: [redness]
  short: Redness of the skin after a procedure or inflammation.
  page: microneedling/aftercare
  cite: [chu2021]
`;

describe('glossary.yaml', () => {
  const glossary = loadGlossary();

  it('defines at least 60 terms', () => {
    expect(glossary.size).toBeGreaterThanOrEqual(60);
  });

  it('points every term at a guide page and a heading that exist', () => {
    for (const entry of glossary.values()) {
      const [page, anchor] = entry.page.split('#');
      const file = path.join(docs, `${page}.mdx`);
      expect(fs.existsSync(file)).toBe(true);
      if (anchor) {
        const slugs = headingAnchors(fs.readFileSync(file, 'utf8'));
        expect({term: entry.id, anchor, found: slugs.includes(anchor)}).toEqual({term: entry.id, anchor, found: true});
      }
    }
  });
});

describe('parseGlossary errors name the file, term and field', () => {
  const sources = loadBibliography();

  it('accepts a valid term', () => {
    expect(parseGlossary(valid, 'g.yaml', sources).get('erythema')?.aliases).toEqual(['redness']);
  });

  it('rejects a definition over 200 characters', () => {
    expect(() => parseGlossary(valid.replace(/short: .*/, `short: ${'x'.repeat(201)}`), 'g.yaml', sources)).toThrow('g.yaml: term "erythema", field "short"');
  });

  it('rejects a source that is not in the bibliography', () => {
    expect(() => parseGlossary(valid.replace('[chu2021]', '[nobody2020]'), 'g.yaml', sources)).toThrow(
      'g.yaml: term "erythema", field "cite": "nobody2020" is not in bibliography.yaml',
    );
  });

  it('rejects a malformed page reference', () => {
    expect(() => parseGlossary(valid.replace('microneedling/aftercare', 'Aftercare.mdx'), 'g.yaml', sources)).toThrow('field "page"');
  });
});

describe('a translated glossary (i18n/es/…/_data/glossary.yaml)', () => {
  const english = parseGlossary(
    `- {id: erythema, term: Erythema, short: Redness of the skin after a session., page: skin/layers, cite: [chu2021]}
- {id: edema, term: Edema, short: Swelling of the skin after a session., page: skin/layers}`,
    'en.yaml',
  );
  const parse = (source: string) => parseTranslatedGlossary(source, 'es.yaml', english, 'en.yaml');

  it('takes the Spanish words and keeps the English page and sources', () => {
    const entry = parse(`- {id: erythema, term: Eritema, short: Enrojecimiento de la piel después de una sesión.}
- {id: edema, term: Edema, short: Hinchazón de la piel después de una sesión.}`).get('erythema')!;
    expect([entry.term, entry.page, entry.cite]).toEqual(['Eritema', 'skin/layers', ['chu2021']]);
  });

  it('fails on a term the English glossary does not have, or one it lacks, naming both files', () => {
    expect(() => parse('- {id: eritema, term: Eritema, short: Enrojecimiento de la piel.}')).toThrow('es.yaml: term "eritema" is not in en.yaml');
    expect(() => parse('- {id: erythema, term: Eritema, short: Enrojecimiento de la piel.}')).toThrow('es.yaml: term "edema" of en.yaml has no translation');
  });
});
