import remarkKatexStylesheet from '.';
import type {MdNode} from '../mdast';

const run = (tree: MdNode) => {
  remarkKatexStylesheet({href: '/base/katex/katex.min.css'})(tree);
  return tree;
};

describe('remark-katex-stylesheet', () => {
  it('adds the stylesheet to <head> on a page with math', () => {
    const tree = run({type: 'root', children: [{type: 'paragraph', children: [{type: 'inlineMath', value: 'x^2'}]}]});
    const head = tree.children![0]!;
    expect(head.name).toBe('Head');
    expect(head.children![0]!.attributes).toEqual([
      {type: 'mdxJsxAttribute', name: 'rel', value: 'stylesheet'},
      {type: 'mdxJsxAttribute', name: 'href', value: '/base/katex/katex.min.css'},
    ]);
  });

  it('leaves pages without math alone', () => {
    const tree = run({type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value: '$5 fee'}]}]});
    expect(tree.children).toHaveLength(1);
    expect(tree.children![0]!.type).toBe('paragraph');
  });
});
