import fs from 'node:fs';
import path from 'node:path';
import type {Citations} from '@site/src/components/Cite';
import {idsNamedIn, loadBibliography, toPublic} from '@site/src/data/bibliography';
import {shortLabel} from '@site/src/data/reference';
import {siteDir} from '../../measure/site';

/**
 * The `citations` prop that src/remark/citations gives a tool spread from the working
 * draft's `docs/_data/<name>.ts`, numbered as on a page where the tool cites first.
 */
export function draftCitations(name: string): Citations {
  const bibliography = loadBibliography();
  const source = fs.readFileSync(path.join(siteDir, 'docs', '_data', `${name}.ts`), 'utf8');
  return Object.fromEntries(
    idsNamedIn(source, bibliography.keys()).map((id, index) => [id, {n: index + 1, label: shortLabel(toPublic(bibliography.get(id)!))}]),
  );
}
