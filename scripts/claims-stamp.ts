/**
 * Records that a page's text was re-checked: writes the page's current text fingerprint into its
 * claim-check ledger entry (docs/_data/claim-checks.yaml). Run it only after reading every statement
 * you changed against its source and updating the entry's claims and `checked` date.
 * Usage: npm run claims:stamp -- microneedling/aftercare [blog/2026-09-08-rolling-scars-slow-months ...]
 */
import fs from 'node:fs';
import path from 'node:path';
import {LEDGER_FILE, readLedger, textSha} from '../src/content/claim-checks';
import {checkedOutsideDocs} from '../src/content/rules';

const siteDir = process.cwd();
const docsDir = path.join(siteDir, 'docs');
const ledgerFile = path.join(docsDir, LEDGER_FILE);
const others = checkedOutsideDocs(siteDir);

const pages = process.argv.slice(2);
if (pages.length === 0) {
  console.error('Usage: npm run claims:stamp -- <page id> [<page id> ...]   (e.g. microneedling/aftercare)');
  process.exit(2);
}
const ledger = readLedger(docsDir, siteDir);
let text = fs.readFileSync(ledgerFile, 'utf8');
for (const page of pages) {
  if (!ledger.has(page)) {
    console.error(`${LEDGER_FILE}: no entry for "${page}"; add its checked statements first`);
    process.exit(1);
  }
  const file = others[page] ?? ['.mdx', '.md'].map((ext) => `docs/${page}${ext}`).find((f) => fs.existsSync(path.join(siteDir, f)));
  if (!file) {
    console.error(`"${page}" is neither a page in docs/ nor a checked story or data file`);
    process.exit(1);
  }
  const sha = textSha(fs.readFileSync(path.join(siteDir, file), 'utf8'));
  const entry = new RegExp(`(^- page: ${page.replace(/[.]/g, '\\.')}\\n(?:  .*\\n)*?  text_sha: )'?[0-9a-f]*'?`, 'm');
  if (!entry.test(text)) {
    console.error(`${LEDGER_FILE}: the entry for "${page}" has no "text_sha:" line right under "page:" and "checked:"`);
    process.exit(1);
  }
  text = text.replace(entry, `$1'${sha}'`); // quoted: YAML would read an all-digit fingerprint as a number
  console.log(`${page}: text_sha ${sha} (${file})`);
}
fs.writeFileSync(ledgerFile, text);
