import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import remarkGlossary, {editionRoot} from '.';
import type {MdNode} from '../mdast';
import yaml from 'js-yaml';
import type {GlossaryEntry} from '../../data/glossary';

const site = fs.mkdtempSync(path.join(os.tmpdir(), 'glossary-'));
const docs = path.join(site, 'docs');
fs.mkdirSync(path.join(docs, 'reference'), {recursive: true});
fs.mkdirSync(path.join(docs, 'skin'), {recursive: true});
fs.writeFileSync(path.join(docs, 'skin', 'layers.mdx'), '---\ntitle: The layers of your skin\n---\n');

const entry = (id: string, term: string, page = 'skin/layers'): GlossaryEntry => ({id, term, aliases: [], short: `${term} means something.`, page, cite: []});
/** Each edition folder of the fixture site has its own glossary, as the real site does. */
function writeGlossary(editionDir: string, entries: GlossaryEntry[]): void {
  fs.mkdirSync(path.join(editionDir, '_data'), {recursive: true});
  fs.writeFileSync(path.join(editionDir, '_data', 'glossary.yaml'), yaml.dump(entries));
}
writeGlossary(docs, [{...entry('dermis', 'Dermis'), aliases: ['middle layer'], cite: ['kolarsick2011']}, entry('epidermis', 'Epidermis'), entry('erythema', 'Erythema')]);
const edition = path.join(site, 'versioned_docs', 'version-2026.1');
fs.mkdirSync(path.join(edition, 'skin'), {recursive: true});
fs.writeFileSync(path.join(edition, 'skin', 'layers.mdx'), '---\ntitle: The layers of your skin\n---\n');
writeGlossary(edition, [{...entry('erythema', 'Erythema'), short: 'Redness, as this edition defined it.'}, entry('xerosis', 'Xerosis', 'skin/missing')]);

const term = (id: string, text?: string): MdNode => ({
  type: 'mdxJsxTextElement',
  name: 'Term',
  attributes: [{type: 'mdxJsxAttribute', name: 'id', value: id}],
  children: text ? [{type: 'text', value: text}] : [],
  position: {start: {line: 4, column: 1}},
});
const run = (tree: MdNode, file: string) => remarkGlossary()(tree, {path: file, cwd: site});

describe('remark-glossary: <Term>', () => {
  it('adds the definition and turns the text into a link to the glossary of the same edition', () => {
    const node = term('erythema', 'redness');
    run({type: 'root', children: [{type: 'paragraph', children: [node]}]}, path.join(docs, 'skin', 'layers.mdx'));
    expect(node.attributes).toContainEqual({type: 'mdxJsxAttribute', name: 'definition', value: 'Erythema means something.'});
    expect(node.children).toEqual([{type: 'link', url: '../reference/glossary.mdx#erythema', children: [{type: 'text', value: 'redness'}]}]);
  });

  it("reads the definition from the glossary of the page's own edition", () => {
    const draft = term('erythema', 'redness');
    const frozen = term('erythema', 'redness');
    run({type: 'root', children: [{type: 'paragraph', children: [draft]}]}, path.join(docs, 'skin', 'layers.mdx'));
    run({type: 'root', children: [{type: 'paragraph', children: [frozen]}]}, path.join(edition, 'skin', 'layers.mdx'));
    expect(draft.attributes).toContainEqual({type: 'mdxJsxAttribute', name: 'definition', value: 'Erythema means something.'});
    expect(frozen.attributes).toContainEqual({type: 'mdxJsxAttribute', name: 'definition', value: 'Redness, as this edition defined it.'});
  });

  it('uses the headword when the term has no text', () => {
    const node = term('dermis');
    run({type: 'root', children: [{type: 'paragraph', children: [node]}]}, path.join(docs, 'skin', 'layers.mdx'));
    expect((node.children![0]!.children![0] as MdNode).value).toBe('Dermis');
  });

  it('fails on an unknown id, naming file, line and id', () => {
    expect(() => run({type: 'root', children: [term('nope', 'x')]}, path.join(docs, 'skin', 'layers.mdx'))).toThrow(
      /docs\/skin\/layers\.mdx:4: <Term id="nope"> names no entry in \S*docs\/_data\/glossary\.yaml$/,
    );
  });

  it('finds the edition root of docs and versioned docs', () => {
    expect(editionRoot('/s/docs/skin/a.mdx')).toBe('/s/docs');
    expect(editionRoot('/s/versioned_docs/version-2026.1/skin/a.mdx')).toBe('/s/versioned_docs/version-2026.1');
  });
});

describe('remark-glossary: <Glossary />', () => {
  const tree: MdNode = {
    type: 'root',
    children: [
      {type: 'paragraph', children: [{type: 'text', value: 'Intro'}]},
      {type: 'mdxJsxFlowElement', name: 'Glossary', attributes: [], children: []},
      {type: 'heading', depth: 2, children: [{type: 'text', value: 'Related'}]},
    ],
  };
  run(tree, path.join(docs, 'reference', 'glossary.mdx'));
  const headings = tree.children!.filter((n) => n.type === 'heading');

  it('generates letter headings and one heading per term, anchored by its id', () => {
    expect(headings.map((h) => [h.depth, (h.children![0] as MdNode).value, (h.data as {hProperties?: {id?: string}})?.hProperties?.id])).toEqual([
      [2, 'D', 'letter-d'],
      [3, 'Dermis', 'dermis'],
      [2, 'E', 'letter-e'],
      [3, 'Epidermis', 'epidermis'],
      [3, 'Erythema', 'erythema'],
      [2, 'Related', undefined],
    ]);
  });

  it('writes the definition, its sources, other names and a link to the guide page', () => {
    const dermis = tree.children!.findIndex((n) => (n.data as {hProperties?: {id?: string}})?.hProperties?.id === 'dermis');
    const definition = tree.children![dermis + 1]!;
    expect(definition.children!.map((c) => c.type)).toEqual(['text', 'mdxJsxTextElement']);
    const more = tree.children![dermis + 2]!;
    expect(more.children![0]).toEqual({type: 'text', value: 'Also called: middle layer. '});
    expect(more.children![2]).toMatchObject({type: 'link', url: '../skin/layers.mdx', children: [{type: 'text', value: 'The layers of your skin'}]});
  });

  it('fails when a term points to a page that does not exist', () => {
    const glossaryTree: MdNode = {type: 'root', children: [{type: 'mdxJsxFlowElement', name: 'Glossary', attributes: [], children: []}]};
    expect(() => run(glossaryTree, path.join(edition, 'reference', 'glossary.mdx'))).toThrow(
      /version-2026\.1\/_data\/glossary\.yaml: term "xerosis", field "page": skin\/missing does not exist$/,
    );
  });
});
