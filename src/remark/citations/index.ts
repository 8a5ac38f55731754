/**
 * <Cite id="alam2014" /> → numbered citation; <References /> → that page's reference list;
 * <Bibliography /> → every entry. Data comes from src/data/bibliography.yaml at build time, so
 * page bundles carry only the references they cite, and an unknown id fails the build with the
 * file, line and id.
 *
 * A tool spread from its edition's data (`import * as timeline from '../_data/recovery-timeline'`,
 * then `<RecoveryTimeline {...timeline} />`) cites the sources its data names: they join the page's
 * numbering where the tool stands, and the tool gets a `citations` prop (id → number and label), so
 * its sources are the page's numbered references, not a second, plain-text list.
 */
import fs from 'node:fs';
import path from 'node:path';
import {idsNamedIn, loadBibliography, toPublic, type BibliographyEntry} from '../../data/bibliography';
import {shortLabel} from '../../data/reference';
import type {Nodes, Root} from 'mdast';
import {visit} from 'unist-util-visit';
import type {VFile} from 'vfile';
import {isJsx, isJsxElement, setDataAttribute, setStringAttribute, stringAttribute, where, type JsxElement} from '../mdast';

export interface CitationOptions {
  bibliography?: Map<string, BibliographyEntry>;
}

export class CitationError extends Error {}

/** `<Cite id="a" /><Cite id="b" />` reads as one citation, [1, 2], not [1][2]. */
function mergeAdjacentCites(tree: Root): void {
  visit(tree, (node) => {
    if (!('children' in node) || !node.children.some((child) => isJsx(child, 'Cite'))) return;
    const merged: Nodes[] = [];
    for (const child of node.children as Nodes[]) {
      const previous = merged[merged.length - 1];
      const id = isJsx(child, 'Cite') ? stringAttribute(child, 'id') : undefined;
      const previousId = previous && isJsx(previous, 'Cite') ? stringAttribute(previous, 'id') : undefined;
      if (id && previousId) setStringAttribute(previous as JsxElement, 'id', `${previousId},${id}`);
      else merged.push(child);
    }
    (node as {children: Nodes[]}).children = merged;
  });
}

/** Namespace imports of edition data in the page's ESM blocks: local name → data file. */
function dataImports(tree: Root, file: VFile): Map<string, string> {
  const found = new Map<string, string>();
  for (const node of tree.children) {
    if (node.type !== 'mdxjsEsm' || !file.path) continue;
    for (const m of node.value.matchAll(/import\s+\*\s+as\s+(\w+)\s+from\s+['"](\.\.?\/(?:[^'"]*\/)?_data\/[^'"]+)['"]/g)) {
      const base = path.resolve(path.dirname(file.path), m[2]!);
      const resolved = ['', '.ts', '.tsx', '.js'].map((ext) => base + ext).find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
      if (!resolved) throw new CitationError(`${where(file, node)}: cannot find the data file "${m[2]}"`);
      found.set(m[1]!, resolved);
    }
  }
  return found;
}

/** The data file a JSX element is spread from (`{...timeline}`), if any. */
function spreadDataFile(node: JsxElement, imports: Map<string, string>): string | undefined {
  for (const attribute of node.attributes) {
    const name = attribute.type === 'mdxJsxExpressionAttribute' ? /^\s*\.\.\.\s*(\w+)\s*$/.exec(attribute.value)?.[1] : undefined;
    if (name && imports.has(name)) return imports.get(name);
  }
  return undefined;
}

export default function remarkCitations(options: CitationOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const bibliography = options.bibliography ?? loadBibliography();
    const order: string[] = [];
    const referenceLists: JsxElement[] = [];
    const bibliographies: JsxElement[] = [];

    mergeAdjacentCites(tree);
    const imports = dataImports(tree, file);
    const dataIds = new Map<string, string[]>();
    const cite = (id: string) => {
      if (!order.includes(id)) order.push(id);
      return {n: order.indexOf(id) + 1, label: shortLabel(toPublic(bibliography.get(id)!))};
    };
    visit(tree, (node) => {
      if (!isJsxElement(node)) return;
      const dataFile = spreadDataFile(node, imports);
      if (dataFile) {
        if (!dataIds.has(dataFile)) dataIds.set(dataFile, idsNamedIn(fs.readFileSync(dataFile, 'utf8'), bibliography.keys()));
        setDataAttribute(node, 'citations', Object.fromEntries(dataIds.get(dataFile)!.map((id) => [id, cite(id)])));
      } else if (isJsx(node, 'Cite')) {
        const raw = stringAttribute(node, 'id');
        if (!raw?.trim()) throw new CitationError(`${where(file, node)}: <Cite> needs an id attribute, e.g. <Cite id="alam2014" />`);
        const ids = raw.split(',').map((id) => id.trim()).filter(Boolean);
        for (const id of ids) {
          if (!bibliography.has(id)) {
            throw new CitationError(`${where(file, node)}: <Cite id="${id}"> names no entry in src/data/bibliography.yaml`);
          }
        }
        setDataAttribute(node, 'refs', ids.map(cite));
      } else if (isJsx(node, 'References')) {
        referenceLists.push(node);
      } else if (isJsx(node, 'Bibliography')) {
        bibliographies.push(node);
      }
    });

    if (order.length > 0 && referenceLists.length === 0) {
      throw new CitationError(`${where(file)}: the page cites sources but has no <References /> (end the page with "## References" and <References />)`);
    }
    const items = order.map((id, index) => ({n: index + 1, ...toPublic(bibliography.get(id)!)}));
    for (const node of referenceLists) setDataAttribute(node, 'items', items);

    if (bibliographies.length > 0) {
      const all = [...bibliography.values()]
        .map(toPublic)
        .sort((a, b) => a.authors.localeCompare(b.authors) || (a.year ?? 0) - (b.year ?? 0));
      for (const node of bibliographies) setDataAttribute(node, 'items', all);
    }
  };
}
