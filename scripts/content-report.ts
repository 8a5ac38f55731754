/**
 * Prints words, Flesch-Kincaid grade, citations and checked statements per guide page, then each
 * translated page with its Spanish readability (INFLESZ) and whether its English page has changed
 * since it was translated, and exits 1 on any rule violation (rules: src/content/rules.ts and
 * translation-rules.ts; claim checks: src/content/claim-checks.ts).
 * Usage: npm run content:report [-- docs-dir]   (an edition folder: versioned_docs/version-2027.1)
 */
import path from 'node:path';
import {readLedger, verdictCounts} from '../src/content/claim-checks';
import {analyzeDocs, maxAveragePatientGrade} from '../src/content/rules';
import {analyzeTranslations, minAverageInflesz} from '../src/content/translation-rules';

const docsDir = path.resolve(process.argv[2] ?? 'docs');
// The stories and the tools' data are checked with the working draft only.
const report = analyzeDocs(docsDir, Date.now(), docsDir === path.resolve('docs') ? process.cwd() : undefined);

const pad = (value: string | number, width: number) => String(value).padStart(width);
console.log(`${'page'.padEnd(48)} ${'audience'.padEnd(8)} ${pad('words', 6)} ${pad('grade', 6)} ${pad('sources', 8)} ${pad('cites', 6)} ${pad('checked', 8)} ${'on'.padEnd(10)}`);
for (const page of report.pages) {
  const flag = page.violations.length ? '  ✗ ' + page.violations.join('; ') : page.warnings.length ? '  ! ' + page.warnings.join('; ') : '';
  console.log(
    `${page.id.padEnd(48)} ${page.audience.padEnd(8)} ${pad(page.words, 6)} ${pad(page.grade.toFixed(1), 6)} ${pad(page.sources, 8)} ${pad(page.citations, 6)} ${pad(page.checks?.statements ?? '-', 8)} ${(page.checks?.checked ?? '-').padEnd(10)}${flag}`,
  );
}
const total = report.pages.reduce((sum, p) => sum + p.words, 0);
console.log(`\n${report.pages.length} pages, ${total} words; patient pages average grade ${report.averagePatientGrade} (limit ${maxAveragePatientGrade}).`);
const ledger = readLedger(docsDir);
const counts = verdictCounts(ledger.values());
const statements = [...ledger.values()].reduce((sum, entry) => sum + entry.claims.length, 0);
console.log(
  `Claim checks: ${ledger.size} pages, stories and data files; ${statements} statements checked. ` +
    `Verdicts as first published: ${counts.supported} supported, ${counts.overstated} overstated, ${counts.wrong} wrong, ` +
    `${counts.unsupported} unsupported, ${counts.uncheckable} uncheckable; ${counts.removed} statements removed.`,
);

const translations = analyzeTranslations(process.cwd());
console.log(`\n${'translated page'.padEnd(78)} ${pad('words', 6)} ${pad('INFLESZ', 8)}  English page`);
for (const page of translations.pages) {
  const state = page.status === 'current' ? 'unchanged since translated' : 'CHANGED since translated: update, then npm run translations:stamp';
  const flag = page.violations.length ? `  ✗ ${page.violations.join('; ')}` : '';
  console.log(`${page.file.replace(/^i18n\//, '').padEnd(78)} ${pad(page.words, 6)} ${pad(page.inflesz.toFixed(1), 8)}  ${state}${flag}`);
}
const outdated = translations.pages.filter((p) => p.status === 'outdated');
console.log(
  `\n${translations.pages.length} translated pages; Spanish patient pages average INFLESZ ${translations.averageInflesz} (at least ${minAverageInflesz}); ` +
    `${outdated.length} whose English page changed since.`,
);
const violations = [...report.violations, ...translations.violations];
if (violations.length) {
  console.error(`\n${violations.length} violation(s):\n${violations.map((v) => `- ${v}`).join('\n')}`);
  process.exit(1);
}
console.log('All content rules pass.');
