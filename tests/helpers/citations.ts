import path from 'node:path';
import type {Citations} from '@site/src/components/Cite';
import remarkCitations from '@site/src/remark/citations';
import type {MdNode} from '@site/src/remark/mdast';
import {siteDir} from '../../measure/site';

/**
 * The `citations` prop that src/remark/citations gives a tool spread from the working draft's
 * `docs/_data/<name>.ts`, on a page where the tool cites first: the plugin itself, run on such a page.
 */
export function draftCitations(name: string): Citations {
  const tool: MdNode = {type: 'mdxJsxFlowElement', name: 'Tool', attributes: [{type: 'mdxJsxExpressionAttribute', value: '...data'}], children: []};
  const page: MdNode = {
    type: 'root',
    children: [{type: 'mdxjsEsm', value: `import * as data from '../_data/${name}';`}, tool, {type: 'mdxJsxFlowElement', name: 'References', attributes: [], children: []}],
  };
  remarkCitations()(page, {path: path.join(siteDir, 'docs', 'guide', 'page.mdx'), cwd: siteDir});
  const attribute = tool.attributes!.find((a) => a.name === 'citations')!.value as {value: string};
  return JSON.parse(attribute.value) as Citations;
}
