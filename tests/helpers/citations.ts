import path from 'node:path';
import type {MdxJsxAttribute} from 'mdast-util-mdx-jsx';
import type {Citations} from '@site/src/components/Cite';
import remarkCitations from '@site/src/remark/citations';
import {isJsx} from '@site/src/remark/mdast';
import {compileMdx} from '@site/src/remark/testing';
import {siteDir} from '../../measure/site';

/**
 * The `citations` prop that src/remark/citations gives a tool spread from the working draft's
 * `docs/_data/<name>.ts`, on a page where the tool cites first: the plugin itself, run through the
 * MDX compiler on such a page.
 */
export function draftCitations(name: string): Citations {
  const source = `import * as data from '../_data/${name}';\n\n<Tool {...data} />\n\n<References />\n`;
  const {tree} = compileMdx({path: path.join(siteDir, 'docs', 'guide', 'page.mdx'), cwd: siteDir, source}, [remarkCitations]);
  const tool = tree.children.find((node) => isJsx(node, 'Tool'));
  const attribute = tool && isJsx(tool, 'Tool') ? tool.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === 'citations') : undefined;
  if (!attribute || typeof attribute.value !== 'object' || !attribute.value) throw new Error(`no citations prop for docs/_data/${name}`);
  return JSON.parse(attribute.value.value) as Citations;
}
