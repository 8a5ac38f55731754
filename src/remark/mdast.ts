/**
 * Minimal MDX-AST helpers shared by our remark plugins. Written without the ESM-only unist
 * utilities so the plugins also load in jest (CommonJS) unchanged.
 */
export interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  depth?: number;
  attributes?: MdAttribute[];
  children?: MdNode[];
  data?: Record<string, unknown>;
  position?: {start: {line: number; column: number}};
}

export interface MdAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: unknown;
}

export interface VFileLike {
  path?: string;
  cwd?: string;
  data?: Record<string, unknown>;
}

/** Depth-first walk; the visitor sees each node with its parent. */
export function walk(node: MdNode, visit: (node: MdNode, parent: MdNode | null) => void, parent: MdNode | null = null): void {
  visit(node, parent);
  for (const child of node.children ?? []) walk(child, visit, node);
}

export function isJsx(node: MdNode, name: string): boolean {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name;
}

/** A literal string attribute (`id="x"`); undefined when absent or written as an expression. */
export function stringAttribute(node: MdNode, name: string): string | undefined {
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

type Json = string | number | boolean | null | Json[] | {[key: string]: Json | undefined};

function toEstree(value: Json | undefined): unknown {
  if (Array.isArray(value)) return {type: 'ArrayExpression', elements: value.map(toEstree)};
  if (value !== null && typeof value === 'object') {
    return {
      type: 'ObjectExpression',
      properties: Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([key, v]) => ({
          type: 'Property',
          kind: 'init',
          method: false,
          shorthand: false,
          computed: false,
          key: {type: 'Literal', value: key},
          value: toEstree(v),
        })),
    };
  }
  return {type: 'Literal', value: value ?? null};
}

/** Set (or replace) a prop whose value is JSON data, as MDX expects it: source text plus its estree. */
export function setDataAttribute(node: MdNode, name: string, value: Json): void {
  const attribute: MdAttribute = {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: JSON.stringify(value),
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          comments: [],
          body: [{type: 'ExpressionStatement', expression: toEstree(value)}],
        },
      },
    },
  };
  node.attributes = [...(node.attributes ?? []).filter((a) => a.name !== name), attribute];
}

/** "docs/x.mdx:12" for error messages, relative to the site when possible. */
export function where(file: VFileLike, node?: MdNode): string {
  const full = file.path ?? '<unknown file>';
  const cwd = file.cwd ?? process.cwd();
  const rel = full.startsWith(`${cwd}/`) ? full.slice(cwd.length + 1) : full;
  const line = node?.position?.start.line;
  return line ? `${rel}:${line}` : rel;
}
