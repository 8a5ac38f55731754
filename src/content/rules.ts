/**
 * The content rules every guide page follows, in one place. The build enforces frontmatter and
 * citation ids (see ../plugins and ./frontmatter.ts); these rules add length, readability, the
 * number of sources and the page ending. `npm run content:report` prints them per page and
 * `rules.test.ts` fails npm test on any violation.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseFrontMatterBlock} from './parse';
import {daysSince, docFrontMatterSchema, reviewWindowDays} from './frontmatter';
import {readability} from './readability';

export const minimumWords = {patient: 600, both: 600, trainee: 900} as const;
export const maxAveragePatientGrade = 9;
export const minimumSources = 2;

/** Pages that make no clinical claims of their own (policy, navigation, generated lists). */
export const nonClinicalPages = new Set([
  'start-here/how-to-use-this-guide',
  'start-here/medical-disclaimer',
  'start-here/editorial-policy',
  'reference/bibliography',
  'reference/what-changed',
  'reference/glossary',
]);

/** Generated or list pages whose length is set by their data, not their prose. */
export const lengthExempt = new Set(['reference/bibliography', 'reference/what-changed', 'reference/glossary']);

export interface PageReport {
  id: string;
  file: string;
  audience: 'patient' | 'trainee' | 'both';
  words: number;
  grade: number;
  sources: number;
  citations: number;
  daysSinceReview: number;
  violations: string[];
  warnings: string[];
}

export function citedIds(mdx: string): string[] {
  const ids = [...mdx.matchAll(/<Cite\s+id="([^"]+)"/g)].flatMap((m) => m[1]!.split(',').map((id) => id.trim()));
  return ids;
}

export function analyzePage(file: string, docsDir: string, now = Date.now()): PageReport {
  const source = fs.readFileSync(file, 'utf8');
  const rel = path.relative(docsDir, file).split(path.sep).join('/');
  const id = rel.replace(/\.mdx?$/, '');
  const frontMatter = docFrontMatterSchema.parse(parseFrontMatterBlock(source, rel));
  const {words, grade} = readability(source);
  const cites = citedIds(source);
  const sources = new Set(cites).size;
  const violations: string[] = [];
  const warnings: string[] = [];
  const audience = frontMatter.audience;

  if (!lengthExempt.has(id) && words < minimumWords[audience]) {
    violations.push(`${words} words; ${audience} pages need at least ${minimumWords[audience]}`);
  }
  if (!nonClinicalPages.has(id) && sources < minimumSources) {
    violations.push(`cites ${sources} source(s); clinical pages cite at least ${minimumSources}`);
  }
  if (!/\n## Related\n/.test(source)) violations.push('has no "## Related" section');
  if (cites.length > 0 && !/\n## References\n\s*\n<References \/>\s*$/.test(source)) {
    violations.push('does not end with "## References" and <References />');
  }
  if (!/\]\((\.\.?\/)[^)]+\.mdx?(#[^)]*)?\)/.test(source)) violations.push('links to no other guide page');
  const age = daysSince(frontMatter.last_reviewed, now);
  if (age > reviewWindowDays) warnings.push(`stale: last reviewed ${age} days ago (review window ${reviewWindowDays} days)`);

  return {id, file: path.relative(process.cwd(), file), audience, words, grade, sources, citations: cites.length, daysSinceReview: age, violations, warnings};
}

export function listDocs(docsDir: string): string[] {
  const out: string[] = [];
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/\.mdx?$/.test(entry.name)) out.push(full);
    }
  };
  visit(docsDir);
  return out.sort();
}

export interface SiteReport {
  pages: PageReport[];
  averagePatientGrade: number;
  violations: string[];
}

export function analyzeDocs(docsDir: string, now = Date.now()): SiteReport {
  const pages = listDocs(docsDir).map((file) => analyzePage(file, docsDir, now));
  const patient = pages.filter((p) => p.audience === 'patient' && !lengthExempt.has(p.id));
  const averagePatientGrade = Math.round((patient.reduce((sum, p) => sum + p.grade, 0) / Math.max(1, patient.length)) * 10) / 10;
  const violations = pages.flatMap((p) => p.violations.map((v) => `${p.file}: ${v}`));
  if (averagePatientGrade > maxAveragePatientGrade) {
    violations.push(`patient pages average grade ${averagePatientGrade}; the limit is ${maxAveragePatientGrade}`);
  }
  return {pages, averagePatientGrade, violations};
}
