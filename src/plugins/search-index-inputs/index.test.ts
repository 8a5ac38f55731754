/**
 * @jest-environment node
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {searchPluginOptions} from '@site/config/search';

// The search plugin's own file-name hash (not part of its public API: if this path moves after an
// upgrade, this test fails and the rename-on-change guarantee must be checked again).
const {getIndexHash} = require('@easyops-cn/docusaurus-search-local/dist/server/server/utils/getIndexHash') as {
  getIndexHash(config: Record<string, unknown>): string | null;
};

/** A small site with a draft, one edition with its data, a story and the bibliography. */
function site(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-hash-'));
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), {recursive: true});
    fs.writeFileSync(path.join(dir, rel), text);
  };
  write('docs/skin/layers.mdx', '# Layers (draft)\n');
  write('versioned_docs/version-2027.1/skin/layers.mdx', '# Layers\n');
  write('versioned_docs/version-2027.1/_data/glossary.yaml', '- id: dermis\n  short: The middle layer.\n');
  write('blog/2026-09-08-story.mdx', '# A story\n');
  write('src/data/bibliography.yaml', '- id: alam2014\n');
  return dir;
}

/** The hash the plugin would put in the index file name, with this site's options. */
function indexHash(dir: string, options: {docsDir: string[]} = searchPluginOptions(dir)): string | null {
  const {hashed, indexDocs, indexBlog} = searchPluginOptions(dir);
  return getIndexHash({
    hashed,
    indexDocs,
    indexBlog,
    docsDir: options.docsDir.map((d) => path.resolve(dir, d)),
    blogDir: [path.join(dir, 'blog')],
  });
}

describe('search index file name', () => {
  it.each([
    ['a page of a published edition', 'versioned_docs/version-2027.1/skin/layers.mdx'],
    ["an edition's glossary", 'versioned_docs/version-2027.1/_data/glossary.yaml'],
    ['the bibliography', 'src/data/bibliography.yaml'],
    ['a story', 'blog/2026-09-08-story.mdx'],
    ['a page of the working draft', 'docs/skin/layers.mdx'],
  ])('changes when %s changes', (_what, rel) => {
    const dir = site();
    const before = indexHash(dir);
    fs.appendFileSync(path.join(dir, rel), 'A correction.\n');
    expect(indexHash(dir)).not.toBe(before);
  });

  it('stays the same when nothing changed (readers keep their cached index)', () => {
    const dir = site();
    expect(indexHash(dir)).toBe(indexHash(dir));
  });

  it("would not change for an edition's correction with the plugin's default folders (the bug this fixes)", () => {
    const dir = site();
    const before = indexHash(dir, {docsDir: ['docs']});
    fs.appendFileSync(path.join(dir, 'versioned_docs/version-2027.1/skin/layers.mdx'), 'A correction.\n');
    expect(indexHash(dir, {docsDir: ['docs']})).toBe(before);
  });
});
