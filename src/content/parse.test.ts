/**
 * @jest-environment node
 */
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {createFrontMatterParser, parseFrontMatterBlock} from './parse';

const siteDir = '/site';
const parse = createFrontMatterParser(siteDir);

/** Runs the build's parser, with Docusaurus' own default parser, on one file of the site. */
const run = (relativePath: string, fileContent: string) =>
  parse({filePath: `${siteDir}/${relativePath}`, fileContent, defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER});

const doc = (lastReviewed: string) => `---
title: Aftercare, day by day
description: What is normal after microneedling and when to call your clinic.
audience: patient
last_reviewed: ${lastReviewed}
review_status: editorial
keywords: [aftercare, redness, downtime]
---

# Aftercare
`;

describe("the build's frontmatter parser", () => {
  it('passes a good doc, with its review date as the ISO day written', async () => {
    const {frontMatter, content} = await run('docs/microneedling/aftercare.mdx', doc('2026-11-01'));
    expect(frontMatter).toMatchObject({audience: 'patient', last_reviewed: '2026-11-01', keywords: ['aftercare', 'redness', 'downtime']});
    expect(content.trim()).toBe('# Aftercare');
  });

  it('rejects a day that does not exist even when written without quotes', async () => {
    // YAML's default schema would have read this as 3 March 2026.
    await expect(run('docs/microneedling/aftercare.mdx', doc('2026-02-31'))).rejects.toThrow(
      'docs/microneedling/aftercare.mdx: invalid frontmatter: field "last_reviewed": "2026-02-31" is not a real calendar date',
    );
    await expect(run('docs/microneedling/aftercare.mdx', doc("'2026-02-31'"))).rejects.toThrow('"2026-02-31" is not a real calendar date');
  });

  it('names the file when the frontmatter is not a set of fields', async () => {
    await expect(run('docs/skin/x.mdx', '---\njust a sentence\n---\nText\n')).rejects.toThrow(
      'docs/skin/x.mdx: malformed frontmatter YAML: expected "field: value" lines, found a string',
    );
  });

  it('names the file on malformed YAML', async () => {
    await expect(run('blog/2026-10-01-story.mdx', '---\ntitle: [oops\n---\n')).rejects.toThrow('blog/2026-10-01-story.mdx: malformed frontmatter YAML');
  });

  it("leaves the blog's own date field to Docusaurus", async () => {
    const post = `---
title: A composite story
description: An illustrative composite of what several patients described.
authors: editorial
tags: [story]
date: 2026-10-01
last_reviewed: 2026-10-02
---
Text.
`;
    const {frontMatter} = await run('blog/2026-10-01-story.mdx', post);
    expect(frontMatter.date).toEqual(new Date('2026-10-01T00:00:00Z'));
    expect(frontMatter.last_reviewed).toBe('2026-10-02');
  });

  it('does not apply the content rules to other pages', async () => {
    const {frontMatter} = await run('src/pages/about.md', '# About\n');
    expect(frontMatter).toEqual({});
  });
});

describe('parseFrontMatterBlock', () => {
  it('keeps dates as the text written', () => {
    expect(parseFrontMatterBlock('---\nlast_reviewed: 2026-02-31\nn: 3\n---\nText\n', 'docs/x.mdx')).toEqual({last_reviewed: '2026-02-31', n: 3});
  });

  it('reads a block with Windows line endings', () => {
    expect(parseFrontMatterBlock('---\r\ntitle: x\r\n---\r\nText\r\n', 'docs/x.mdx')).toEqual({title: 'x'});
  });

  it('names the file when the block is not a set of fields', () => {
    expect(() => parseFrontMatterBlock('---\njust a sentence\n---\n', 'docs/x.mdx')).toThrow(
      'docs/x.mdx: malformed frontmatter YAML: expected "field: value" lines, found a string',
    );
    expect(() => parseFrontMatterBlock('---\n- a\n- b\n---\n', 'docs/x.mdx')).toThrow('found a list');
  });

  it('names the file when there is no block', () => {
    expect(() => parseFrontMatterBlock('# Title\n', 'docs/x.mdx')).toThrow('docs/x.mdx: no frontmatter block (--- ... ---) at the top');
  });
});

describe('claim checks in the frontmatter', () => {
  const fs = jest.requireActual<typeof import('node:fs')>('node:fs');
  const os = jest.requireActual<typeof import('node:os')>('node:os');
  const path = jest.requireActual<typeof import('node:path')>('node:path');
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'parse-site-'));
  fs.mkdirSync(path.join(site, 'docs', '_data'), {recursive: true});
  fs.mkdirSync(path.join(site, 'versioned_docs', 'version-2026.2'), {recursive: true});
  fs.writeFileSync(
    path.join(site, 'docs', '_data', 'claim-checks.yaml'),
    `- page: microneedling/aftercare
  checked: 2026-12-01
  text_sha: '0123456789abcdef'
  claims:
    - {statement: Redness usually settles within days, cites: [chu2021], read: abstract, verdict: supported}
    - {statement: Sun protection is common advice, cites: [chu2021], read: abstract, verdict: supported, checked: 2026-12-02}
`,
  );
  const parseIn = createFrontMatterParser(site);
  const runIn = (relativePath: string, fileContent: string) =>
    parseIn({filePath: path.join(site, relativePath), fileContent, defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER});

  it("adds the number of checked statements and the latest check from the page's own edition", async () => {
    const {frontMatter} = await runIn('docs/microneedling/aftercare.mdx', doc('2026-11-01'));
    expect(frontMatter.claim_checks).toEqual({statements: 2, checked: '2026-12-02'});
  });

  it('adds nothing to a page of an edition without a ledger, or to a page not in the ledger', async () => {
    expect((await runIn('versioned_docs/version-2026.2/microneedling/aftercare.mdx', doc('2026-11-01'))).frontMatter).not.toHaveProperty('claim_checks');
    expect((await runIn('docs/skin/layers.mdx', doc('2026-11-01'))).frontMatter).not.toHaveProperty('claim_checks');
  });

  it('rejects a hand-written claim_checks field', async () => {
    await expect(runIn('docs/microneedling/aftercare.mdx', doc('2026-11-01').replace('audience:', 'claim_checks: 40\naudience:'))).rejects.toThrow(
      'docs/microneedling/aftercare.mdx: invalid frontmatter: field "claim_checks": is set by the build from the claim-check ledger; remove it',
    );
  });
});
