import fs from 'node:fs';
import path from 'node:path';
import {loadBibliography} from '@site/src/data/bibliography';
import {consultationChecklist, consultationChecklistItemIds} from '@site/docs/_data/consultation-checklist';
import {STORAGE_KEY, allItemIds, inOrder, parseStored, progress, progressText, toPlainText} from './logic';
import {headingAnchors} from '@site/tests/helpers/headings';

const fixture = [
  {
    title: 'Before',
    items: [
      {id: 'a', text: 'First thing.'},
      {id: 'b', text: 'Second thing.'},
    ],
  },
  {title: 'After', items: [{id: 'c', text: 'Third thing.'}]},
];
const known = ['a', 'b', 'c'];

describe('parseStored', () => {
  it('reads a saved array of known ids, in checklist order', () => {
    expect(parseStored('["c","a"]', known)).toEqual(['a', 'c']);
  });

  it('returns nothing when nothing was saved', () => {
    expect(parseStored(null, known)).toEqual([]);
    expect(parseStored('', known)).toEqual([]);
  });

  it.each([
    ['not JSON', '{oops'],
    ['an object', '{"a":true}'],
    ['a string', '"a"'],
    ['a number', '42'],
    ['null', 'null'],
    ['true', 'true'],
  ])('ignores %s', (_name, raw) => {
    expect(parseStored(raw, known)).toEqual([]);
  });

  it('drops unknown ids, non-strings and duplicates', () => {
    expect(parseStored('["b", "zzz", 3, null, {"id":"a"}, ["a"], "b", "C"]', known)).toEqual(['b']);
  });

  it('accepts any iterable of known ids', () => {
    expect(parseStored('["b"]', new Set(known))).toEqual(['b']);
  });
});

describe('progress', () => {
  it('counts ticked items out of all items, ignoring unknown ids', () => {
    expect(progress(fixture, ['a', 'c', 'gone'])).toEqual({done: 2, total: 3});
    expect(progressText(progress(fixture, []))).toBe('0 of 3 checked');
  });
});

describe('toPlainText', () => {
  it('writes the title, each group heading and each item with its box', () => {
    expect(toPlainText(fixture, ['b', 'c'])).toBe(
      [
        'Consultation checklist',
        '',
        'Before',
        '[ ] First thing.',
        '[x] Second thing.',
        '',
        'After',
        '[x] Third thing.',
      ].join('\n'),
    );
  });

  it('takes another title', () => {
    expect(toPlainText(fixture, [], 'My list').split('\n')[0]).toBe('My list');
  });
});

describe('helpers', () => {
  it('lists item ids in order and keeps a set of ids in that order', () => {
    expect(allItemIds(fixture)).toEqual(known);
    expect(inOrder(['c', 'x', 'a'], known)).toEqual(['a', 'c']);
  });

  it('uses the agreed storage key', () => {
    expect(STORAGE_KEY).toBe('scaratlas:consultation-checklist:v1');
  });
});

describe('consultation checklist data', () => {
  const root = path.join(__dirname, '..', '..', '..');
  const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;

  it('has the six groups of the page, with unique kebab-case ids', () => {
    expect(consultationChecklist.map((group) => group.id)).toEqual([
      'credentials',
      'assessment',
      'plan',
      'risks',
      'aftercare',
      'paperwork',
    ]);
    const ids = [...consultationChecklist.map((group) => group.id), ...consultationChecklistItemIds];
    for (const id of ids) expect(id).toMatch(kebab);
    expect(new Set(ids).size).toBe(ids.length);
    expect(consultationChecklistItemIds).toHaveLength(27);
  });

  it("is the only copy of the items: the page renders the checklist from its edition's data", () => {
    const page = fs.readFileSync(path.join(root, 'docs/practitioner/consultation-checklist.mdx'), 'utf8');
    expect(page).toContain("import * as checklist from '../_data/consultation-checklist';");
    expect(page).toContain('<ConsultationChecklist {...checklist} />');
    expect(page).not.toMatch(/^- \[[ x]\] /m);
  });

  it('cites only bibliography ids', () => {
    const bibliography = loadBibliography();
    for (const group of consultationChecklist) {
      for (const id of group.sources) expect(bibliography.has(id) ? id : `missing: ${id}`).toBe(id);
    }
  });

  it('links each group to an existing guide page and heading, in both editions', () => {
    for (const group of consultationChecklist) {
      const links = 'also' in group ? [group.explainer, group.also] : [group.explainer];
      for (const link of links) {
        const match = /^\/docs\/([a-z0-9/-]+?)(?:#([a-z0-9-]+))?$/.exec(link.to);
        expect(match).not.toBeNull();
        const [, docPath, anchor] = match!;
        // Links go to the published edition (/docs/...): check it and the working draft.
        const [published] = JSON.parse(fs.readFileSync(path.join(root, 'versions.json'), 'utf8')) as string[];
        for (const dir of ['docs', `versioned_docs/version-${published}`]) {
          const source = fs.readFileSync(path.join(root, dir, `${docPath}.mdx`), 'utf8');
          const title = /^title: (.+)$/m.exec(source)?.[1];
          if (anchor) {
            expect(headingAnchors(source)).toContain(anchor);
          } else {
            expect(link.label).toBe(title);
          }
        }
      }
    }
  });
});
