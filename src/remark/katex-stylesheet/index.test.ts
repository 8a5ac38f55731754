/** @jest-environment node */
import path from 'node:path';
import type {ReactNode} from 'react';
import remarkKatexStylesheet from '.';
import {renderMdx, type Plugins} from '../testing';

const plugins: Plugins = [[remarkKatexStylesheet, {href: '/base/katex/katex.min.css'}]];
// <Head> stands in for the theme's: it shows what would go into the page's <head>.
const components = {Head: ({children}: {children: ReactNode}) => children};
const render = (name: string) => renderMdx({path: path.join(__dirname, '__fixtures__', name)}, plugins, components);

describe('remark-katex-stylesheet, through the MDX compiler', () => {
  it('adds the stylesheet to <head> on a page with math', () => {
    expect(render('with-math.mdx')).toMatch(/^<link rel="stylesheet" href="\/base\/katex\/katex.min.css"\/>/);
  });

  it('leaves pages without math alone', () => {
    expect(render('without-math.mdx')).not.toContain('<link');
  });
});
