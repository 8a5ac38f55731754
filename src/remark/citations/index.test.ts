import remarkCitations from '.';
import {parseBibliography} from '../../data/bibliography';
import type {MdNode} from '../mdast';

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

const cite = (id: string, line = 1): MdNode => ({
  type: 'mdxJsxTextElement',
  name: 'Cite',
  attributes: [{type: 'mdxJsxAttribute', name: 'id', value: id}],
  children: [],
  position: {start: {line, column: 1}},
});
const references = (): MdNode => ({type: 'mdxJsxFlowElement', name: 'References', attributes: [], children: []});
const paragraph = (...children: MdNode[]): MdNode => ({type: 'paragraph', children});
const root = (...children: MdNode[]): MdNode => ({type: 'root', children});

function propOf(node: MdNode, name: string): unknown {
  const attribute = node.attributes?.find((a) => a.name === name) as {value: {value: string}} | undefined;
  return attribute ? JSON.parse(attribute.value.value) : undefined;
}

const file = {path: '/site/docs/page.mdx', cwd: '/site'};
const run = (tree: MdNode) => remarkCitations({bibliography})(tree, file);

describe('remark-citations', () => {
  it('numbers citations in order of first appearance and reuses numbers', () => {
    const a = cite('lotfi2013');
    const b = cite('alam2014, lotfi2013');
    const refs = references();
    run(root(paragraph(a), paragraph(b), refs));
    expect(propOf(a, 'refs')).toEqual([{n: 1, label: 'Author1 2014'}]);
    expect(propOf(b, 'refs')).toEqual([
      {n: 2, label: 'Author0 2013'},
      {n: 1, label: 'Author1 2014'},
    ]);
  });

  it('merges adjacent citations into one bracket', () => {
    const para = paragraph(cite('alam2014'), cite('chu2021'), {type: 'text', value: ' and '}, cite('lotfi2013'));
    run(root(para, references()));
    expect(para.children!.map((c) => c.type)).toEqual(['mdxJsxTextElement', 'text', 'mdxJsxTextElement']);
    expect(propOf(para.children![0]!, 'refs')).toEqual([
      {n: 1, label: 'Author0 2013'},
      {n: 2, label: 'Author2 2015'},
    ]);
  });

  it('fills <References /> with the cited entries only, without editor fields', () => {
    const refs = references();
    run(root(paragraph(cite('chu2021'), cite('alam2014')), refs));
    const items = propOf(refs, 'items') as {n: number; id: string}[];
    expect(items.map((item) => [item.n, item.id])).toEqual([
      [1, 'chu2021'],
      [2, 'alam2014'],
    ]);
    expect(items[0]).not.toHaveProperty('finding');
  });

  it('writes the props as MDX expressions with an estree, as the MDX compiler needs', () => {
    const refs = references();
    run(root(paragraph(cite('alam2014')), refs));
    const value = refs.attributes![0]!.value as {type: string; data: {estree: {body: {expression: {type: string}}[]}}};
    expect(value.type).toBe('mdxJsxAttributeValueExpression');
    expect(value.data.estree.body[0]!.expression.type).toBe('ArrayExpression');
  });

  it('fails on an unknown id, naming the file, line and id', () => {
    expect(() => run(root(paragraph(cite('nobody1999', 7)), references()))).toThrow(
      'docs/page.mdx:7: <Cite id="nobody1999"> names no entry in src/data/bibliography.yaml',
    );
  });

  it('fails on a <Cite> without id', () => {
    const bare: MdNode = {type: 'mdxJsxTextElement', name: 'Cite', attributes: [], children: [], position: {start: {line: 3, column: 1}}};
    expect(() => run(root(paragraph(bare), references()))).toThrow('docs/page.mdx:3: <Cite> needs an id attribute');
  });

  it('fails when a page cites sources but has no reference list', () => {
    expect(() => run(root(paragraph(cite('alam2014'))))).toThrow('docs/page.mdx: the page cites sources but has no <References />');
  });

  it('fills <Bibliography /> with every entry sorted by author', () => {
    const bib: MdNode = {type: 'mdxJsxFlowElement', name: 'Bibliography', attributes: [], children: []};
    run(root(bib));
    expect((propOf(bib, 'items') as {id: string}[]).map((item) => item.id)).toEqual(['alam2014', 'lotfi2013', 'chu2021']);
  });

  describe('a tool spread from its edition data', () => {
    // __fixtures__/_data/tool.ts names alam2014 and chu2021 (lotfi2013 only in a comment).
    const page = {path: `${__dirname}/__fixtures__/guide/page.mdx`, cwd: __dirname};
    const esm = (value: string): MdNode => ({type: 'mdxjsEsm', value, position: {start: {line: 2, column: 1}}});
    const tool = (spread = '...tool'): MdNode => ({
      type: 'mdxJsxFlowElement',
      name: 'Tool',
      attributes: [{type: 'mdxJsxExpressionAttribute', value: spread}],
      children: [],
    });

    it("numbers the data's sources with the page's references, where the tool stands", () => {
      const element = tool();
      const refs = references();
      remarkCitations({bibliography})(root(esm("import * as tool from '../_data/tool';"), paragraph(cite('chu2021')), element, refs), page);
      expect(propOf(element, 'citations')).toEqual({alam2014: {n: 2, label: 'Author0 2013'}, chu2021: {n: 1, label: 'Author2 2015'}});
      expect((propOf(refs, 'items') as {id: string}[]).map((item) => item.id)).toEqual(['chu2021', 'alam2014']);
    });

    it('leaves elements alone that are not spread from a data import', () => {
      const element = tool('...other');
      remarkCitations({bibliography})(root(esm("import * as tool from '../_data/tool';"), element), page);
      expect(propOf(element, 'citations')).toBeUndefined();
    });

    it('fails on a data import that names no file, naming the page', () => {
      expect(() => remarkCitations({bibliography})(root(esm("import * as tool from '../_data/missing';"), tool()), page)).toThrow(
        '__fixtures__/guide/page.mdx:2: cannot find the data file "../_data/missing"',
      );
    });
  });
});
