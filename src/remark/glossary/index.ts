/**
 * Glossary at build time, from the glossary of the edition being built (`_data/glossary.yaml` in
 * docs/ or versioned_docs/version-X/, so an edition keeps the definitions it was published with):
 * - <Glossary /> becomes the glossary itself: a heading per letter, a heading per term (its anchor
 *   is the term id), the definition, other names, a link to the guide page and <Cite>s.
 * - <Term id="erythema">redness</Term> gets its short definition as a prop and its text becomes a
 *   Markdown link to the glossary entry in the same edition. An unknown id fails the build.
 * Translated pages (i18n/es/…) get the Spanish glossary of their edition, with the same ids.
 * Runs before Docusaurus' own plugins (beforeDefaultRemarkPlugins) so the generated headings get
 * anchors and a table of contents, and the generated links are resolved like hand-written ones.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {PhrasingContent, Root, RootContent, Text} from 'mdast';
import type {MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {visit} from 'unist-util-visit';
import type {VFile} from 'vfile';
import {glossaryFileOf, loadGlossary, loadTranslatedGlossary, type GlossaryEntry} from '../../data/glossary';
import {isJsx, setStringAttribute, stringAttribute, where} from '../mdast';

export class GlossaryTermError extends Error {}

const glossaryPage = 'reference/glossary.mdx';

/**
 * The docs root of the edition a file belongs to: docs/ or versioned_docs/version-X/, or for a
 * translation i18n/<locale>/docusaurus-plugin-content-docs/current/ or …/version-X/.
 */
export function editionRoot(filePath: string): string {
  let dir = path.dirname(filePath);
  while (dir !== path.dirname(dir)) {
    const name = path.basename(dir);
    if (name === 'docs' || name.startsWith('version-')) return dir;
    if (name === 'current' && path.basename(path.dirname(dir)) === 'docusaurus-plugin-content-docs') return dir;
    dir = path.dirname(dir);
  }
  throw new GlossaryTermError(`${filePath}: not inside a docs folder`);
}

/**
 * Where a page's glossary and links come from. An English page: its edition folder. A translated
 * page (i18n/<locale>/docusaurus-plugin-content-docs/<current|version-X>/): links stay inside the
 * translated edition folder (Docusaurus resolves them to the translation, or to the English page
 * where there is none), the glossary is the English one merged with its translation.
 */
interface Edition {
  /** Folder that relative links are written from. */
  linkRoot: string;
  /** The English edition folder: which pages exist. */
  englishRoot: string;
  locale: 'en' | 'es';
  glossary: Map<string, GlossaryEntry>;
  /** The glossary file(s) named in error messages. */
  shown: string;
}

const show = (file: string) => path.relative(process.cwd(), file).split(path.sep).join('/');

function editionOf(filePath: string): Edition {
  const translated = /^(.*)[\\/]i18n[\\/](es)[\\/]docusaurus-plugin-content-docs[\\/](current|version-[^\\/]+)[\\/]/.exec(filePath);
  if (!translated) {
    const root = editionRoot(filePath);
    const file = glossaryFileOf(root);
    return {linkRoot: root, englishRoot: root, locale: 'en', glossary: loadGlossary(file), shown: show(file)};
  }
  const [linkRootPrefix, siteDir, locale, version] = translated as unknown as [string, string, 'es', string];
  const linkRoot = linkRootPrefix.replace(/[\\/]$/, '');
  const englishRoot = version === 'current' ? path.join(siteDir, 'docs') : path.join(siteDir, 'versioned_docs', version);
  const file = glossaryFileOf(linkRoot);
  return {linkRoot, englishRoot, locale, glossary: loadTranslatedGlossary(file, glossaryFileOf(englishRoot)), shown: show(file)};
}

/** The words the generated glossary writes, per language. */
const words = {
  en: {readMore: 'Read more: ', alsoCalled: (names: string) => `Also called: ${names}. `},
  es: {readMore: 'Más información: ', alsoCalled: (names: string) => `También se dice: ${names}. `},
} as const;

/** Letter headings group terms by their first letter without accents (Á with A). */
const letterOf = (term: string) => term.normalize('NFD').replace(/[\u0300-\u036f]/g, '')[0]!.toUpperCase();

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

function glossaryNodes(file: string, edition: Edition): RootContent[] {
  const sorted = [...edition.glossary.values()].sort((a, b) => a.term.localeCompare(b.term, edition.locale, {sensitivity: 'base'}));
  const nodes: RootContent[] = [];
  let letter = '';
  for (const entry of sorted) {
    const first = letterOf(entry.term);
    if (first !== letter) {
      letter = first;
      nodes.push({type: 'heading', depth: 2, children: [text(letter)], data: {hProperties: {id: `letter-${letter.toLowerCase()}`}}});
    }
    nodes.push({type: 'heading', depth: 3, children: [text(entry.term)], data: {hProperties: {id: entry.id}}});
    nodes.push({type: 'paragraph', children: [text(`${entry.short} `), ...entry.cite.map(cite)]});
    const [pagePath, anchor] = entry.page.split('#');
    const english = path.join(edition.englishRoot, `${pagePath}.mdx`);
    if (!fs.existsSync(english)) throw new GlossaryTermError(`${edition.shown}: term "${entry.id}", field "page": ${entry.page} does not exist`);
    // A page not translated yet is linked from the docs root ("/trainee/x.mdx"), which Docusaurus
    // resolves to the English file; a relative link only finds files beside the translation.
    const target = path.join(edition.linkRoot, `${pagePath}.mdx`);
    const translated = fs.existsSync(target);
    const url = translated ? relativeLink(file, target) : `/${pagePath}.mdx`;
    const more: PhrasingContent[] = [
      text(words[edition.locale].readMore),
      {type: 'link', url: `${url}${anchor ? `#${anchor}` : ''}`, children: [text(titleOf(translated ? target : english))]},
    ];
    if (entry.aliases.length > 0) more.unshift(text(words[edition.locale].alsoCalled(entry.aliases.join(', '))));
    nodes.push({type: 'paragraph', children: more});
  }
  return nodes;
}

export default function remarkGlossary() {
  return (tree: Root, file: VFile): void => {
    const filePath = file.path;
    const edition = editionOf(filePath);
    visit(tree, (node) => {
      if (!isJsx(node, 'Term')) return;
      const id = stringAttribute(node, 'id');
      const entry = id ? edition.glossary.get(id) : undefined;
      if (!entry) {
        throw new GlossaryTermError(`${where(file, node)}: <Term id="${id ?? ''}"> names no entry in ${edition.shown}`);
      }
      setStringAttribute(node, 'definition', entry.short);
      setStringAttribute(node, 'term', entry.term);
      const label = node.children.length > 0 ? (node.children as PhrasingContent[]) : [text(entry.term)];
      const url = `${relativeLink(filePath, path.join(edition.linkRoot, glossaryPage))}#${entry.id}`;
      node.children = [{type: 'link', url, children: label}];
    });
    const index = tree.children.findIndex((node) => isJsx(node, 'Glossary'));
    if (index >= 0) tree.children.splice(index, 1, ...glossaryNodes(filePath, edition));
  };
}
