/**
 * <Cite id="alam2014" /> → numbered citation; <References /> → that page's reference list;
 * <Bibliography /> → every entry. Data comes from src/data/bibliography.yaml at build time, so
 * page bundles carry only the references they cite, and an unknown id fails the build with the
 * file, line and id.
 */
import {loadBibliography, toPublic, type BibliographyEntry} from '../data/bibliography';
import {shortLabel} from '../data/reference';
import {isJsx, setDataAttribute, stringAttribute, walk, where, type MdNode, type VFileLike} from './mdast';

export interface CitationOptions {
  bibliography?: Map<string, BibliographyEntry>;
}

export class CitationError extends Error {}

/** `<Cite id="a" /><Cite id="b" />` reads as one citation, [1, 2], not [1][2]. */
function mergeAdjacentCites(tree: MdNode): void {
  walk(tree, (node) => {
    if (!node.children?.some((child) => isJsx(child, 'Cite'))) return;
    const merged: MdNode[] = [];
    for (const child of node.children) {
      const previous = merged[merged.length - 1];
      const id = isJsx(child, 'Cite') ? stringAttribute(child, 'id') : undefined;
      const previousId = previous && isJsx(previous, 'Cite') ? stringAttribute(previous, 'id') : undefined;
      if (id && previousId) {
        previous!.attributes = [{type: 'mdxJsxAttribute', name: 'id', value: `${previousId},${id}`}];
      } else {
        merged.push(child);
      }
    }
    node.children = merged;
  });
}

export default function remarkCitations(options: CitationOptions = {}) {
  return (tree: MdNode, file: VFileLike): void => {
    const bibliography = options.bibliography ?? loadBibliography();
    const order: string[] = [];
    const referenceLists: MdNode[] = [];
    const bibliographies: MdNode[] = [];

    mergeAdjacentCites(tree);
    walk(tree, (node) => {
      if (isJsx(node, 'Cite')) {
        const raw = stringAttribute(node, 'id');
        if (!raw?.trim()) throw new CitationError(`${where(file, node)}: <Cite> needs an id attribute, e.g. <Cite id="alam2014" />`);
        const ids = raw.split(',').map((id) => id.trim()).filter(Boolean);
        for (const id of ids) {
          if (!bibliography.has(id)) {
            throw new CitationError(`${where(file, node)}: <Cite id="${id}"> names no entry in src/data/bibliography.yaml`);
          }
          if (!order.includes(id)) order.push(id);
        }
        setDataAttribute(node, 'refs', ids.map((id) => ({n: order.indexOf(id) + 1, label: shortLabel(toPublic(bibliography.get(id)!))})));
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
