/**
 * Prints words, Flesch-Kincaid grade and citations per guide page, and exits 1 on any rule
 * violation (rules: src/content/rules.ts). Usage: npm run content:report [-- docs-dir]
 */
import path from 'node:path';
import {analyzeDocs, maxAveragePatientGrade} from '../src/content/rules';

const docsDir = path.resolve(process.argv[2] ?? 'docs');
const report = analyzeDocs(docsDir);

const pad = (value: string | number, width: number) => String(value).padStart(width);
console.log(`${'page'.padEnd(48)} ${'audience'.padEnd(8)} ${pad('words', 6)} ${pad('grade', 6)} ${pad('sources', 8)} ${pad('cites', 6)}`);
for (const page of report.pages) {
  const flag = page.violations.length ? '  ✗ ' + page.violations.join('; ') : page.warnings.length ? '  ! ' + page.warnings.join('; ') : '';
  console.log(
    `${page.id.padEnd(48)} ${page.audience.padEnd(8)} ${pad(page.words, 6)} ${pad(page.grade.toFixed(1), 6)} ${pad(page.sources, 8)} ${pad(page.citations, 6)}${flag}`,
  );
}
const total = report.pages.reduce((sum, p) => sum + p.words, 0);
console.log(`\n${report.pages.length} pages, ${total} words; patient pages average grade ${report.averagePatientGrade} (limit ${maxAveragePatientGrade}).`);
if (report.violations.length) {
  console.error(`\n${report.violations.length} violation(s):\n${report.violations.map((v) => `- ${v}`).join('\n')}`);
  process.exit(1);
}
console.log('All content rules pass.');
