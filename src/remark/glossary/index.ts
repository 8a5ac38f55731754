/**
 * Glossary at build time, from the glossary of the edition being built (`_data/glossary.yaml` in
 * docs/ or versioned_docs/version-X/, so an edition keeps the definitions it was published with):
 * - <Glossary /> becomes the glossary itself: a heading per letter, a heading per term (its anchor
 *   is the term id), the definition, other names, a link to the guide page and <Cite>s.
 * - <Term id="erythema">redness</Term> gets its short definition as a prop and its text becomes a
 *   Markdown link to the glossary entry in the same edition. An unknown id fails the build.
 * Runs before Docusaurus' own plugins (beforeDefaultRemarkPlugins) so the generated headings get
 * anchors and a table of contents, and the generated links are resolved like hand-written ones.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {PhrasingContent, Root, RootContent, Text} from 'mdast';
import type {MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {visit} from 'unist-util-visit';
import type {VFile} from 'vfile';
import {glossaryFileOf, loadGlossary, type GlossaryEntry} from '../../data/glossary';
import {isJsx, setStringAttribute, stringAttribute, where} from '../mdast';

export class GlossaryTermError extends Error {}

const glossaryPage = 'reference/glossary.mdx';

/** The docs root of the edition a file belongs to (docs/ or versioned_docs/version-X/). */
export function editionRoot(filePath: string): string {
  let dir = path.dirname(filePath);
  while (dir !== path.dirname(dir)) {
    const name = path.basename(dir);
    if (name === 'docs' || name.startsWith('version-')) return dir;
    dir = path.dirname(dir);
  }
  throw new GlossaryTermError(`${filePath}: not inside a docs folder`);
}

function relativeLink(fromFile: string, target: string): string {
  const rel = path.relative(path.dirname(fromFile), target).split(path.sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

function titleOf(file: string): string {
  const match = /^---\n[\s\S]*?^title:\s*(.+)$/m.exec(fs.readFileSync(file, 'utf8'));
  return match ? match[1]!.trim().replace(/^['"]|['"]$/g, '') : path.basename(file, '.mdx');
}

const text = (value: string): Text => ({type: 'text', value});
const cite = (id: string): MdxJsxTextElement => ({
  type: 'mdxJsxTextElement',
  name: 'Cite',
  attributes: [{type: 'mdxJsxAttribute', name: 'id', value: id}],
  children: [],
});

function glossaryNodes(entries: GlossaryEntry[], file: string, glossaryFile: string): RootContent[] {
  const root = editionRoot(file);
  const sorted = [...entries].sort((a, b) => a.term.localeCompare(b.term, 'en', {sensitivity: 'base'}));
  const nodes: RootContent[] = [];
  let letter = '';
  for (const entry of sorted) {
    const first = entry.term[0]!.toUpperCase();
    if (first !== letter) {
      letter = first;
      nodes.push({type: 'heading', depth: 2, children: [text(letter)], data: {hProperties: {id: `letter-${letter.toLowerCase()}`}}});
    }
    nodes.push({type: 'heading', depth: 3, children: [text(entry.term)], data: {hProperties: {id: entry.id}}});
    nodes.push({type: 'paragraph', children: [text(`${entry.short} `), ...entry.cite.map(cite)]});
    const [pagePath, anchor] = entry.page.split('#');
    const target = path.join(root, `${pagePath}.mdx`);
    if (!fs.existsSync(target)) throw new GlossaryTermError(`${glossaryFile}: term "${entry.id}", field "page": ${entry.page} does not exist`);
    const more: PhrasingContent[] = [
      text('Read more: '),
      {type: 'link', url: `${relativeLink(file, target)}${anchor ? `#${anchor}` : ''}`, children: [text(titleOf(target))]},
    ];
    if (entry.aliases.length > 0) more.unshift(text(`Also called: ${entry.aliases.join(', ')}. `));
    nodes.push({type: 'paragraph', children: more});
  }
  return nodes;
}

export default function remarkGlossary() {
  return (tree: Root, file: VFile): void => {
    const filePath = file.path;
    const glossaryFile = glossaryFileOf(editionRoot(filePath));
    const glossary = loadGlossary(glossaryFile);
    const shownGlossary = path.relative(process.cwd(), glossaryFile).split(path.sep).join('/');
    visit(tree, (node) => {
      if (!isJsx(node, 'Term')) return;
      const id = stringAttribute(node, 'id');
      const entry = id ? glossary.get(id) : undefined;
      if (!entry) {
        throw new GlossaryTermError(`${where(file, node)}: <Term id="${id ?? ''}"> names no entry in ${shownGlossary}`);
      }
      setStringAttribute(node, 'definition', entry.short);
      setStringAttribute(node, 'term', entry.term);
      const label = node.children.length > 0 ? (node.children as PhrasingContent[]) : [text(entry.term)];
      const url = `${relativeLink(filePath, path.join(editionRoot(filePath), glossaryPage))}#${entry.id}`;
      node.children = [{type: 'link', url, children: label}];
    });
    const index = tree.children.findIndex((node) => isJsx(node, 'Glossary'));
    if (index >= 0) tree.children.splice(index, 1, ...glossaryNodes([...glossary.values()], filePath, shownGlossary));
  };
}
