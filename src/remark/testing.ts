/**
 * For the remark plugins' tests: Markdown through the MDX compiler that Docusaurus uses
 * (@mdx-js/mdx, with the syntax plugins Docusaurus adds, frontmatter and GFM, and remark-math as in
 * docusaurus.config.ts) and the plugin under test. Returns the
 * MDX tree as the plugin left it, the compiled JavaScript, and the page rendered with stand-in
 * components, so a test sees what a reader would get, props included.
 */
import fs from 'node:fs';
import {compileSync, evaluateSync, type CompileOptions} from '@mdx-js/mdx';
import type {Root} from 'mdast';
import type {MDXComponents} from 'mdx/types';
import {createElement} from 'react';
import * as runtime from 'react/jsx-runtime';
import {renderToStaticMarkup} from 'react-dom/server';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import {VFile} from 'vfile';

export type Plugins = NonNullable<CompileOptions['remarkPlugins']>;
const syntax: Plugins = [remarkFrontmatter, remarkGfm, remarkMath];

export interface MdxInput {
  /** The page's path: plugins resolve editions, data imports and error messages from it. */
  path: string;
  /** Markdown source; read from `path` when omitted. */
  source?: string;
  cwd?: string;
}

function fileOf({path, source, cwd}: MdxInput): VFile {
  return new VFile({path, cwd: cwd ?? process.cwd(), value: source ?? fs.readFileSync(path, 'utf8')});
}

/** Compiles the page; the tree is a copy taken right after the given plugins ran. */
export function compileMdx(input: MdxInput, plugins: Plugins): {tree: Root; code: string} {
  let tree: Root | undefined;
  const capture = () => (after: Root) => {
    tree = JSON.parse(JSON.stringify(after)) as Root;
  };
  const code = String(compileSync(fileOf(input), {remarkPlugins: [...syntax, ...plugins, capture], jsx: true}));
  return {tree: tree!, code};
}

/** Renders the page (it must not import modules) with stand-in components; returns its HTML. */
export function renderMdx(input: MdxInput, plugins: Plugins, components: MDXComponents): string {
  const {default: Content} = evaluateSync(fileOf(input), {...runtime, remarkPlugins: [...syntax, ...plugins]});
  return renderToStaticMarkup(createElement(Content, {components}));
}
