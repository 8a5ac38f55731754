/**
 * The claim-check ledger: for each clinical page, the statements that were read against their
 * cited sources, with a verdict, where the source was read and when. It lives in the edition it
 * describes (`docs/_data/claim-checks.yaml`, copied into `versioned_docs/version-X/_data/` when an
 * edition is cut), so an edition's pages show the checks of their own text.
 *
 * - The build reads it (parse.ts adds `claim_checks` to a guide page's frontmatter) so the page
 *   status line can say how many statements were checked and when.
 * - The content rules (rules.ts, run by `npm run content:report` and `npm test`) fail a clinical
 *   page with no checked statements, with a statement whose verdict is not "supported", with a
 *   cited source that no checked statement covers, or whose text changed after it was checked.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import * as z from 'zod';
import {parseIsoDay} from '../utils/isoDay';

export const LEDGER_FILE = '_data/claim-checks.yaml';

export const verdicts = ['supported', 'overstated', 'wrong', 'unsupported', 'uncheckable'] as const;
export type Verdict = (typeof verdicts)[number];

const isoDay = z.string().refine((text) => parseIsoDay(text) !== null, {message: 'is not an ISO date (YYYY-MM-DD)'});

const claimSchema = z
  .object({
    statement: z.string().min(10),
    cites: z.array(z.string().min(2)).min(1),
    read: z.string().min(5),
    verdict: z.enum(verdicts),
    /** The verdict of the statement as first published, when it was corrected. */
    was: z.enum(verdicts).exclude(['supported']).optional(),
    /** The wording before the correction. */
    original: z.string().optional(),
    checked: isoDay.optional(),
  })
  .strict();

const pageSchema = z
  .object({
    page: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9.-]+)+$/, 'is not a page id such as "microneedling/aftercare"'),
    checked: isoDay,
    /** sha256 (first 16 hex digits) of the page text below its frontmatter when it was checked; '' until stamped. */
    text_sha: z.string().regex(/^([0-9a-f]{16})?$/, 'is not 16 hex digits: run `npm run claims:stamp -- <page>`'),
    claims: z.array(claimSchema).min(1),
    /** Statements deleted from the page, with the verdict that removed them. */
    removed: z.array(claimSchema.extend({verdict: z.enum(verdicts).exclude(['supported'])})).optional(),
  })
  .strict();

export const ledgerSchema = z.array(pageSchema);

export type PageCheck = z.output<typeof pageSchema>;
export type ClaimCheck = z.output<typeof claimSchema>;

export class LedgerError extends Error {}

/** The ledger of an edition folder (`docs/` or `versioned_docs/version-X/`); empty if it has none. */
export function readLedger(editionDir: string, siteDir = process.cwd()): Map<string, PageCheck> {
  const file = path.join(editionDir, LEDGER_FILE);
  if (!fs.existsSync(file)) return new Map();
  const shown = path.relative(siteDir, file).split(path.sep).join('/');
  let data: unknown;
  try {
    data = yaml.load(fs.readFileSync(file, 'utf8'), {schema: yaml.CORE_SCHEMA});
  } catch (error) {
    throw new LedgerError(`${shown}: malformed YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const result = ledgerSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const [index, ...field] = issue.path;
    const page = typeof index === 'number' ? (data as {page?: string}[])[index]?.page : undefined;
    throw new LedgerError(`${shown}: entry ${page ?? String(index ?? '')}: field "${field.join('.') || '(entry)'}": ${issue.message}`);
  }
  const pages = new Map<string, PageCheck>();
  for (const entry of result.data) {
    if (pages.has(entry.page)) throw new LedgerError(`${shown}: page "${entry.page}" is listed twice`);
    pages.set(entry.page, entry);
  }
  return pages;
}

/** A stable fingerprint of what a reader sees: the file without its frontmatter, whitespace folded. */
export function textSha(source: string): string {
  const body = source.replace(/^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/, '').replace(/\s+/g, ' ').trim();
  return crypto.createHash('sha256').update(body).digest('hex').slice(0, 16);
}

/** What a page's status line shows. */
export interface ClaimSummary {
  statements: number;
  checked: string;
}

export function summarize(entry: PageCheck): ClaimSummary {
  const days = [entry.checked, ...entry.claims.map((c) => c.checked ?? entry.checked)].sort();
  return {statements: entry.claims.filter((c) => c.verdict === 'supported').length, checked: days.at(-1)!};
}

/**
 * What is wrong with a page's check, given the page's source and the ids it cites. Empty when every
 * statement is supported, every cited source is covered, and the text is the text that was checked.
 */
export function checkProblems(entry: PageCheck | undefined, source: string, cited: readonly string[]): string[] {
  if (!entry) return ['no checked statements in the claim-check ledger'];
  const problems: string[] = [];
  for (const claim of entry.claims) {
    if (claim.verdict !== 'supported') problems.push(`statement "${claim.statement}" is ${claim.verdict}, not supported`);
  }
  const citedSet = new Set(cited);
  const covered = new Set(entry.claims.flatMap((c) => c.cites));
  const notOnPage = [...covered].filter((id) => !citedSet.has(id));
  if (notOnPage.length) problems.push(`ledger cites ${notOnPage.join(', ')}, which the page does not cite`);
  const unchecked = [...citedSet].filter((id) => !covered.has(id));
  if (unchecked.length) problems.push(`no checked statement covers cited source(s) ${unchecked.join(', ')}`);
  if (entry.text_sha === '') {
    problems.push(`text not stamped as checked: \`npm run claims:stamp -- ${entry.page}\``);
  } else if (entry.text_sha !== textSha(source)) {
    problems.push(`text changed after its check on ${entry.checked}: re-check the changed statements, then \`npm run claims:stamp -- ${entry.page}\``);
  }
  return problems;
}

/** Verdict counts before correction (`was`, else the verdict), for the content report. */
export function verdictCounts(entries: Iterable<PageCheck>): Record<Verdict | 'removed', number> {
  const counts = {supported: 0, overstated: 0, wrong: 0, unsupported: 0, uncheckable: 0, removed: 0};
  for (const entry of entries) {
    for (const claim of entry.claims) counts[claim.was ?? claim.verdict] += 1;
    for (const claim of entry.removed ?? []) {
      counts[claim.was ?? claim.verdict] += 1;
      counts.removed += 1;
    }
  }
  return counts;
}
