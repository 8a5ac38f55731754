/**
 * Records that a translated page now says what its English page says: writes the fingerprint of
 * the English page's text into the translation's frontmatter (`translation.source_sha`) and today's
 * date as `translation.translated_on`. Run it only after bringing the translation up to date with
 * the English page (the content report lists the translations whose English page has changed).
 * Usage: npm run translations:stamp -- i18n/es/docusaurus-plugin-content-docs/current/skin/layers-of-the-skin.mdx [...]
 */
import fs from 'node:fs';
import path from 'node:path';
import {sourceShaOf, translatedFile} from '../src/content/translations';
import {todayIso} from '../src/utils/isoDay';

const siteDir = process.cwd();
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: npm run translations:stamp -- <i18n/<locale>/docusaurus-plugin-content-docs|blog/...mdx> [...]');
  process.exit(2);
}
const today = todayIso(new Date());
for (const file of files) {
  const relative = path.relative(siteDir, path.resolve(file)).split(path.sep).join('/');
  if (!translatedFile(relative)) {
    console.error(`${relative}: not a translated page (i18n/<locale>/docusaurus-plugin-content-docs|blog/...)`);
    process.exit(1);
  }
  const sha = sourceShaOf(siteDir, relative);
  const text = fs.readFileSync(relative, 'utf8');
  const block = /^---\n[\s\S]*?\n---\n/.exec(text);
  if (!block) {
    console.error(`${relative}: no frontmatter block at the top`);
    process.exit(1);
  }
  // The translation block is the frontmatter's last field: replace it whole, or add it.
  const translation = `translation:\n  translated_on: ${today}\n  source_sha: '${sha}'\n`;
  const frontMatter = block[0].replace(/^translation:\n(?: {2}.*\n)*/m, '');
  const stamped = `${frontMatter.slice(0, -'---\n'.length)}${translation}---\n`;
  fs.writeFileSync(relative, stamped + text.slice(block[0].length));
  console.log(`${relative}: translation of ${translatedFile(relative)!.source}, ${sha}, ${today}`);
}
