/** @jest-environment node */
import path from 'node:path';
import type {Root} from 'mdast';
import type {MdxJsxAttribute} from 'mdast-util-mdx-jsx';
import {createElement} from 'react';
import {visit} from 'unist-util-visit';
import remarkCitations from '.';
import {parseBibliography} from '../../data/bibliography';
import {isJsx} from '../mdast';
import {compileMdx, renderMdx, type Plugins} from '../testing';

const bibliography = parseBibliography(
  ['alam2014', 'lotfi2013', 'chu2021']
    .map(
      (id, i) => `
- id: ${id}
  type: article
  authors: Author${i} A, Other B
  year: ${2013 + i}
  title: Title ${id}
  journal: J Test
  pmid: '1000000${i}'
  verification: confirmed
  seen_at: [https://example.org]
  finding: A paraphrased finding.`,
    )
    .join('\n'),
  'test.yaml',
);

const fixture = (name: string) => ({path: path.join(__dirname, '__fixtures__', 'guide', name), cwd: __dirname});
const plugins: Plugins = [[remarkCitations, {bibliography}]];

/** Stand-ins that print the props the plugin gave: "[2, 1]" for a citation, ids for a list. */
type Ref = {n: number; label: string};
const components = {
  Cite: ({refs}: {refs: Ref[]}) => `[${refs.map((r) => `${r.n} ${r.label}`).join(', ')}]`,
  References: ({items}: {items: {n: number; id: string; finding?: string}[]}) =>
    createElement('ol', null, items.map((item) => createElement('li', {key: item.n}, `${item.n} ${item.id}${item.finding ? ' (editor field!)' : ''}`))),
  Bibliography: ({items}: {items: {id: string}[]}) => items.map((item) => item.id).join(' '),
};
const render = (name: string) => renderMdx(fixture(name), plugins, components);

/** The JSON value of a prop the plugin set on the first element named `name`. */
function propOf(tree: Root, name: string, prop: string, nth = 0): unknown {
  const found: unknown[] = [];
  visit(tree, (node) => {
    if (!isJsx(node, name)) return;
    const attribute = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === prop);
    found.push(attribute && typeof attribute.value === 'object' ? JSON.parse(attribute.value!.value) : undefined);
  });
  return found[nth];
}

describe('remark-citations, through the MDX compiler', () => {
  const html = render('numbering.mdx');

  it('numbers citations in order of first appearance and reuses numbers', () => {
    expect(html).toContain('Lotfi first [1 Author1 2014], then both [2 Author0 2013, 1 Author1 2014].');
  });

  it('merges adjacent citations into one bracket', () => {
    expect(html).toContain('Side by side [2 Author0 2013, 3 Author2 2015] and apart [1 Author1 2014].');
  });

  it('fills <References /> with the cited entries only, in their order, without editor fields', () => {
    expect(html).toContain('<ol><li>1 lotfi2013</li><li>2 alam2014</li><li>3 chu2021</li></ol>');
  });

  it('fills <Bibliography /> with every entry, sorted by author', () => {
    expect(render('bibliography.mdx')).toContain('alam2014 lotfi2013 chu2021');
  });

  it('fails on an unknown id, naming the file, line and id', () => {
    expect(() => render('unknown-id.mdx')).toThrow('__fixtures__/guide/unknown-id.mdx:3: <Cite id="nobody1999"> names no entry in src/data/bibliography.yaml');
  });

  it('fails on a <Cite> without id', () => {
    expect(() => render('no-id.mdx')).toThrow('__fixtures__/guide/no-id.mdx:1: <Cite> needs an id attribute');
  });

  it('fails when a page cites sources but has no reference list', () => {
    expect(() => render('no-references.mdx')).toThrow('__fixtures__/guide/no-references.mdx: the page cites sources but has no <References />');
  });

  describe('a tool spread from its edition data', () => {
    // __fixtures__/_data/tool.ts names alam2014 and chu2021 (lotfi2013 only in a comment).
    const {tree, code} = compileMdx(fixture('tool.mdx'), plugins);

    it("numbers the data's sources with the page's references, where the tool stands", () => {
      expect(propOf(tree, 'Tool', 'citations')).toEqual({alam2014: {n: 2, label: 'Author0 2013'}, chu2021: {n: 1, label: 'Author2 2015'}});
      expect((propOf(tree, 'References', 'items') as {id: string}[]).map((item) => item.id)).toEqual(['chu2021', 'alam2014']);
      expect(code).toMatch(/<Tool \{\.\.\.tool\} citations=\{\{/);
    });

    it('leaves elements alone that are not spread from a data import', () => {
      expect(propOf(tree, 'Tool', 'citations', 1)).toBeUndefined();
    });

    it('fails on a data import that names no file, naming the page and line', () => {
      expect(() => compileMdx(fixture('missing-data.mdx'), plugins)).toThrow('__fixtures__/guide/missing-data.mdx:1: cannot find the data file "../_data/missing"');
    });
  });
});
