import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {analyzeDocs, analyzePage, citedIds} from './rules';
import {readability, syllables} from './readability';
import {parseFrontMatterBlock} from './parse';

const docsDir = path.resolve(__dirname, '../../docs');

const frontMatter = (audience: string) => `---
title: Fixture
description: A fixture page used to test the content rules of the guide.
audience: ${audience}
last_reviewed: 2026-11-01
review_status: editorial
keywords: [one, two, three]
---
`;

function fixture(name: string, body: string, audience = 'patient'): {file: string; dir: string} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rules-'));
  fs.mkdirSync(path.join(dir, 'skin'));
  const file = path.join(dir, 'skin', `${name}.mdx`);
  fs.writeFileSync(file, frontMatter(audience) + body);
  return {file, dir};
}

const ending = '\n## Related\n\n- [Other](./other.mdx)\n\n## References\n\n<References />\n';
const sentence = 'Microneedling makes many tiny wounds in the skin so it can heal. ';

describe('readability', () => {
  it('counts syllables like the usual heuristic', () => {
    expect(syllables('skin')).toBe(1);
    expect(syllables('needle')).toBe(2);
    expect(syllables('microneedling')).toBe(4);
  });

  it('ignores markup, formulas and the closing sections', () => {
    const r = readability(`${frontMatter('patient')}Short words here. <Cite id="a" /> $x^2$ [link](./x.mdx).\n## Related\n\nlots of words not counted at all`);
    expect(r.words).toBe(5); // Short words here formula link
  });
});

describe('content rules', () => {
  it('pass for a long, cited, linked patient page', () => {
    const {file, dir} = fixture('ok', `${sentence.repeat(60)}<Cite id="a" /><Cite id="b" />\n${ending}`);
    expect(analyzePage(file, dir).violations).toEqual([]);
  });

  it('report a short patient page, a page with one source and a missing ending', () => {
    const {file, dir} = fixture('bad', `${sentence.repeat(5)}<Cite id="a" /> <Cite id="a" />\n`);
    expect(analyzePage(file, dir).violations).toEqual([
      '60 words; patient pages need at least 600',
      'cites 1 source(s); clinical pages cite at least 2',
      'has no "## Related" section',
      'does not end with "## References" and <References />',
      'links to no other guide page',
    ]);
  });

  it('hold trainee pages to 900 words', () => {
    const {file, dir} = fixture('trainee', `${sentence.repeat(70)}<Cite id="a" /><Cite id="b" />\n${ending}`, 'trainee');
    expect(analyzePage(file, dir).violations).toEqual(['840 words; trainee pages need at least 900']);
  });

  it('warn about pages past the review window', () => {
    const {file, dir} = fixture('old', `${sentence.repeat(60)}<Cite id="a" /><Cite id="b" />\n${ending}`);
    expect(analyzePage(file, dir, Date.parse('2028-01-01')).warnings[0]).toMatch(/^stale: last reviewed 426 days ago/);
  });

  it('name the file on malformed YAML', () => {
    expect(() => parseFrontMatterBlock('---\ntitle: [oops\n---\n', 'docs/x.mdx')).toThrow('docs/x.mdx: malformed frontmatter YAML');
  });

  it("report a sentence that the page writes although its tool's data already shows it", () => {
    const shown = 'Some light pinkness can last up to about a week after treatment.';
    const {file, dir} = fixture('tool', `import * as timeline from '../_data/timeline';\n\n${sentence.repeat(60)}**${shown}** <Cite id="a" /><Cite id="b" />\n${ending}`);
    fs.mkdirSync(path.join(dir, '_data'));
    fs.writeFileSync(path.join(dir, '_data', 'timeline.js'), `exports.phases = [{normal: [{text: ${JSON.stringify(shown)}}]}];\n`);
    expect(analyzePage(file, dir).violations).toEqual([`repeats a sentence its tool already shows: "${shown}"`]);
  });

  it('read several ids from one <Cite>', () => {
    expect(citedIds('<Cite id="a, b" /> <Cite id="c" />')).toEqual(['a', 'b', 'c']);
  });
});

describe('the guide itself', () => {
  // With the site folder: the stories and the tools' data are checked against the ledger too.
  const report = analyzeDocs(docsDir, Date.now(), path.resolve(docsDir, '..'));

  it('has about forty pages', () => {
    expect(report.pages.length).toBeGreaterThanOrEqual(40);
  });

  it('follows every content rule', () => {
    expect(report.violations).toEqual([]);
  });
});
