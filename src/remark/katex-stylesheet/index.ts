/**
 * Adds the KaTeX stylesheet to the <head> (via the theme's <Head>, as Docusaurus' own head plugin
 * would, since this runs after it) of pages that contain math, and only those pages, so
 * the 20+ KB stylesheet and its fonts never block pages without formulas. Runs after remark-math.
 */
import type {Root} from 'mdast';
import {EXIT, visit} from 'unist-util-visit';

export interface KatexStylesheetOptions {
  /** Public URL of katex.min.css, already prefixed with the site's baseUrl. */
  href: string;
}

export default function remarkKatexStylesheet({href}: KatexStylesheetOptions) {
  return (tree: Root): void => {
    let hasMath = false;
    visit(tree, ['math', 'inlineMath'], () => {
      hasMath = true;
      return EXIT;
    });
    if (!hasMath) return;
    tree.children.unshift({
      type: 'mdxJsxFlowElement',
      name: 'Head',
      attributes: [],
      children: [
        {
          type: 'mdxJsxFlowElement',
          name: 'link',
          attributes: [
            {type: 'mdxJsxAttribute', name: 'rel', value: 'stylesheet'},
            {type: 'mdxJsxAttribute', name: 'href', value: href},
          ],
          children: [],
        },
      ],
    });
  };
}
