/** The framework files we replace or copied are still where, and what, they were (src/theme/upstream.ts). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {frameworkPrefetch} from '../plugins/prefetch-once';
import {prismClientModule} from '../plugins/prism-on-demand';
import {upstreamWorker} from '../plugins/search-in-two-steps';
import {siteDir} from '../../measure/site';
import {upstreamCopies, upstreamProblems} from './upstream';

const nodeModules = path.join(siteDir, 'node_modules');

describe('upstream files we replace or copied', () => {
  it('are unchanged since their hash was recorded', () => {
    expect(upstreamProblems(nodeModules)).toEqual([]);
  });

  it("are the files the replacement plugins' patterns match", () => {
    const replaced = upstreamCopies.filter((copy) => copy.kind === 'module replacement').map((copy) => path.join(nodeModules, copy.target));
    expect(replaced.filter((file) => frameworkPrefetch.test(file))).toHaveLength(1);
    expect(replaced.filter((file) => prismClientModule.test(file.replace(/\.js$/, '')))).toHaveLength(1);
    expect(replaced.filter((file) => upstreamWorker.test(file))).toHaveLength(1);
  });

  it('are each listed in src/theme/README.md with our file', () => {
    const readme = fs.readFileSync(path.join(siteDir, 'src', 'theme', 'README.md'), 'utf8');
    for (const copy of upstreamCopies) expect({copy: copy.ours, listed: readme.includes(copy.target) && readme.includes(copy.ours)}).toEqual({copy: copy.ours, listed: true});
  });

  it('reports an upstream file that changed or is gone', () => {
    const fixture = fs.mkdtempSync(path.join(os.tmpdir(), 'upstream-'));
    const [changed, gone] = upstreamCopies;
    fs.mkdirSync(path.dirname(path.join(fixture, changed!.target)), {recursive: true});
    fs.writeFileSync(path.join(fixture, changed!.target), 'export default function prefetch() {}\n');
    const problems = upstreamProblems(fixture, [changed!, gone!]).join('\n');
    expect(problems).toContain(`${changed!.target} changed upstream since 3.10.2`);
    expect(problems).toContain(`${gone!.target} is gone upstream`);
  });
});
