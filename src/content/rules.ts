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
import {idsNamedIn, loadBibliography} from '../data/bibliography';
import {listFiles} from '../utils/files';
import {checkProblems, LEDGER_FILE, readLedger, summarize, type PageCheck} from './claim-checks';

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
  /** Statements checked against their sources (claim-check ledger), and the latest check; null if none. */
  checks: {statements: number; checked: string} | null;
  violations: string[];
  warnings: string[];
}

export function citedIds(mdx: string): string[] {
  const ids = [...mdx.matchAll(/<Cite\s+id="([^"]+)"/g)].flatMap((m) => m[1]!.split(',').map((id) => id.trim()));
  return ids;
}

/**
 * `ledger` is the edition's claim-check ledger; without one (a fixture folder, or an edition cut
 * before ledgers existed) no check is required. `analyzeDocs` requires the working draft's.
 */
export function analyzePage(file: string, docsDir: string, now = Date.now(), ledger?: Map<string, PageCheck>): PageReport {
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
  for (const sentence of repeatedToolSentences(file, source)) violations.push(`repeats a sentence its tool already shows: "${sentence}"`);
  const check = ledger?.get(id);
  if (ledger && !nonClinicalPages.has(id)) {
    for (const problem of checkProblems(check, source, cites)) violations.push(`claim check: ${problem}`);
  }
  const age = daysSince(frontMatter.last_reviewed, now);
  if (age > reviewWindowDays) warnings.push(`stale: last reviewed ${age} days ago (review window ${reviewWindowDays} days)`);

  return {id, file: path.relative(process.cwd(), file), audience, words, grade, sources, citations: cites.length, daysSinceReview: age, checks: check ? summarize(check) : null, violations, warnings};
}

/** Every string in a data module's exports (nested objects and lists included). */
function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsOf(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) stringsOf(item, out);
  return out;
}

const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Sentences (8 words or more) that a page writes in its own text although the tool it shows already
 * renders them from its edition's data (`import ... from '../_data/<tool>'`): a reader would read
 * them twice, and the two copies would drift apart. Say it once: in the data, or in the page.
 */
export function repeatedToolSentences(file: string, source: string): string[] {
  const imports = [...source.matchAll(/from '(\.\.\/_data\/[a-z-]+)'/g)].map((m) => path.resolve(path.dirname(file), m[1]!));
  if (imports.length === 0) return [];
  const prose = folded(
    source
      .replace(/^---[\s\S]*?\n---/, '')
      .replace(/<Cite[^>]*\/>/g, '')
      .replace(/<Term id="[^"]*">([^<]*)<\/Term>/g, '$1')
      .replace(/\*\*|__/g, ''),
  );
  const sentences = imports.flatMap((module) =>
    // The data modules are TypeScript: jiti (content report) and SWC, through jest (tests), load them.
    stringsOf(require(module)).flatMap((text) => folded(text).split(/(?<=[.!?])\s+/)),
  );
  return [...new Set(sentences)].filter((s) => /[.!?]$/.test(s) && s.split(' ').length >= 8 && prose.includes(s));
}

/** The pages of a docs folder (pages only: `_data/` holds no .md or .mdx), as full paths. */
export function listDocs(docsDir: string): string[] {
  return listFiles(docsDir, (rel) => /\.mdx?$/.test(rel)).map((rel) => path.join(docsDir, rel));
}

export interface SiteReport {
  pages: PageReport[];
  averagePatientGrade: number;
  violations: string[];
}

/**
 * Clinical text outside the guide's pages that the working draft's ledger also covers: the stories
 * and the data the tools and glossary show. Ledger id -> file, relative to the site.
 */
export function checkedOutsideDocs(siteDir: string): Record<string, string> {
  const stories = fs.readdirSync(path.join(siteDir, 'blog')).filter((name) => name.endsWith('.mdx'));
  // Every file of the draft's _data/ but the ledger itself: the glossary and each tool's data.
  const data = fs.readdirSync(path.join(siteDir, 'docs', '_data')).filter((name) => name !== path.basename(LEDGER_FILE));
  return {
    ...Object.fromEntries(stories.map((name) => [`blog/${name.replace(/\.mdx$/, '')}`, `blog/${name}`])),
    ...Object.fromEntries(data.map((name) => [`data/${name.replace(/\.(ts|ya?ml)$/, '')}`, `docs/_data/${name}`])),
  };
}

/**
 * All pages of a docs folder with the site's rules. With `siteDir` (the real site, not a fixture
 * folder) the stories and tool data in the ledger are checked too.
 */
export function analyzeDocs(docsDir: string, now = Date.now(), siteDir?: string): SiteReport {
  const ledger = readLedger(docsDir);
  const pages = listDocs(docsDir).map((file) => analyzePage(file, docsDir, now, ledger));
  const patient = pages.filter((p) => p.audience === 'patient' && !lengthExempt.has(p.id));
  const averagePatientGrade = Math.round((patient.reduce((sum, p) => sum + p.grade, 0) / Math.max(1, patient.length)) * 10) / 10;
  const violations = pages.flatMap((p) => p.violations.map((v) => `${p.file}: ${v}`));
  if (ledger.size === 0) violations.push(`${path.relative(process.cwd(), path.join(docsDir, LEDGER_FILE))}: no claim-check ledger`);
  const others = siteDir ? checkedOutsideDocs(siteDir) : {};
  const knownIds = new Set(siteDir ? loadBibliography().keys() : []);
  for (const [id, file] of Object.entries(others)) {
    const source = fs.readFileSync(path.join(siteDir!, file), 'utf8');
    const cites = file.endsWith('.mdx') ? citedIds(source) : idsNamedIn(source, knownIds);
    for (const problem of checkProblems(ledger.get(id), source, cites)) violations.push(`${file}: claim check: ${problem}`);
  }
  const known = new Set([...pages.map((p) => p.id), ...Object.keys(others)]);
  for (const id of ledger.keys()) {
    if (!known.has(id)) violations.push(`${LEDGER_FILE}: "${id}" is neither a page nor a checked story or data file`);
  }
  if (averagePatientGrade > maxAveragePatientGrade) {
    violations.push(`patient pages average grade ${averagePatientGrade}; the limit is ${maxAveragePatientGrade}`);
  }
  return {pages, averagePatientGrade, violations};
}
