/**
 * Adds the KaTeX stylesheet to the <head> (via the theme's <Head>, as Docusaurus' own head plugin
 * would, since this runs after it) of pages that contain math, and only those pages, so
 * the 20+ KB stylesheet and its fonts never block pages without formulas. Runs after remark-math.
 */
import {walk, type MdNode} from '../mdast';

export interface KatexStylesheetOptions {
  /** Public URL of katex.min.css, already prefixed with the site's baseUrl. */
  href: string;
}

export default function remarkKatexStylesheet({href}: KatexStylesheetOptions) {
  return (tree: MdNode): void => {
    let hasMath = false;
    walk(tree, (node) => {
      if (node.type === 'math' || node.type === 'inlineMath') hasMath = true;
    });
    if (!hasMath) return;
    const link: MdNode = {
      type: 'mdxJsxFlowElement',
      name: 'link',
      attributes: [
        {type: 'mdxJsxAttribute', name: 'rel', value: 'stylesheet'},
        {type: 'mdxJsxAttribute', name: 'href', value: href},
      ],
      children: [],
    };
    tree.children = [{type: 'mdxJsxFlowElement', name: 'Head', attributes: [], children: [link]}, ...(tree.children ?? [])];
  };
}
