/**
 * What our remark plugins share: the MDX node types they handle, reading a JSX attribute, writing
 * a data prop the way the MDX compiler expects it, and "file:line" for error messages. Tree walks
 * use `unist-util-visit`; props are built with `estree-util-value-to-estree`.
 */
import type {Nodes} from 'mdast';
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {valueToEstree} from 'estree-util-value-to-estree';
import type {VFile} from 'vfile';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export function isJsxElement(node: Nodes): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

export function isJsx(node: Nodes, name: string): node is JsxElement {
  return isJsxElement(node) && node.name === name;
}

/** A literal string attribute (`id="x"`); undefined when absent or written as an expression. */
export function stringAttribute(node: JsxElement, name: string): string | undefined {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/** Sets (or replaces) a literal string attribute. */
export function setStringAttribute(node: JsxElement, name: string, value: string): void {
  node.attributes = [...node.attributes.filter((a) => a.type !== 'mdxJsxAttribute' || a.name !== name), {type: 'mdxJsxAttribute', name, value}];
}

type Json = string | number | boolean | null | Json[] | {[key: string]: Json | undefined};

/** Sets (or replaces) a prop whose value is JSON data, as MDX expects it: source text plus its estree. */
export function setDataAttribute(node: JsxElement, name: string, value: Json): void {
  const data = JSON.parse(JSON.stringify(value)) as Json;
  node.attributes = [
    ...node.attributes.filter((a) => a.type !== 'mdxJsxAttribute' || a.name !== name),
    {
      type: 'mdxJsxAttribute',
      name,
      value: {
        type: 'mdxJsxAttributeValueExpression',
        value: JSON.stringify(data),
        data: {
          estree: {type: 'Program', sourceType: 'module', comments: [], body: [{type: 'ExpressionStatement', expression: valueToEstree(data)}]},
        },
      },
    },
  ];
}

/** "docs/x.mdx:12" for error messages, relative to the site when possible. */
export function where(file: Pick<VFile, 'path' | 'cwd'>, node?: Nodes): string {
  const full = file.path || '<unknown file>';
  const cwd = file.cwd || process.cwd();
  const rel = full.startsWith(`${cwd}/`) ? full.slice(cwd.length + 1) : full;
  const line = node?.position?.start.line;
  return line ? `${rel}:${line}` : rel;
}
