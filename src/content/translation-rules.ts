/**
 * Content rules for translated pages (i18n/<locale>/…): a translation says what its English page
 * says, so it cites the same sources in the same order, keeps every warning box (admonition) of the
 * same kind in the same order, the same glossary terms, components and imports, and its closing
 * sections; it is readable for patients by a Spanish formula; and the report says when its English
 * page has changed since it was translated. `npm run content:report` prints these per page and
 * `translation-rules.test.ts` fails npm test on any violation.
 */
import fs from 'node:fs';
import path from 'node:path';
import {listFiles} from '../utils/files';
import {docFrontMatterSchema, translationSchema} from './frontmatter';
import {headingAnchors} from './headings';
import {parseFrontMatterBlock} from './parse';
import {spanishReadability} from './readability';
import {citedIds} from './rules';
import {translatedFile, translationStatus, type TranslationStatus} from './translations';

/** The lowest average INFLESZ score of the Spanish patient pages ("normal" starts at 55). */
export const minAverageInflesz = 55;

/** What a translation must keep from its English page, in order. */
export function markupOf(mdx: string) {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  return {
    sources: citedIds(body),
    warnings: [...body.matchAll(/^:::(\w+)/gm)].map((m) => m[1]!),
    terms: [...body.matchAll(/<Term\s+id="([^"]+)"/g)].map((m) => m[1]!),
    components: [...body.matchAll(/<([A-Z]\w*)\b/g)].map((m) => m[1]!).filter((name) => name !== 'Cite' && name !== 'Term'),
    imports: [...body.matchAll(/^(?:import|export) .*$/gm)].map((m) => m[0].replace(/\s*\/\/.*$/, '').trim()),
    anchors: headingAnchors(mdx),
    closing: [...body.matchAll(/^## .*\{\/\* #(related|references) \*\/\}\s*$|^## (Related|References)\s*$/gm)].map((m) => (m[1] ?? m[2]!).toLowerCase()),
  };
}

const describe = {
  sources: 'cites other sources, or in another order',
  warnings: 'has other warning boxes (admonitions), or in another order',
  terms: 'marks other glossary terms',
  components: 'has other components',
  imports: 'has other imports or exports',
  anchors: 'has other heading anchors (give each heading its English anchor, `{/* #english-slug */}`)',
  closing: 'has other closing sections (Related, References: keep their English ids, {/* #related */} and {/* #references */})',
} as const;

/** How a translation differs from its English page in what it must keep; empty when it keeps all. */
export function compareWithEnglish(english: string, translated: string): string[] {
  const a = markupOf(english);
  const b = markupOf(translated);
  return (Object.keys(describe) as (keyof typeof describe)[])
    .filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]))
    .map((key) => `${describe[key]} than its English page: English [${a[key].join(', ')}], here [${b[key].join(', ')}]`);
}

export interface TranslationReport {
  file: string;
  source: string;
  audience: string;
  status: TranslationStatus;
  words: number;
  inflesz: number;
  violations: string[];
}

export function analyzeTranslation(siteDir: string, relativePath: string): TranslationReport {
  const file = translatedFile(relativePath)!;
  const text = fs.readFileSync(path.join(siteDir, relativePath), 'utf8');
  const violations: string[] = [];
  const englishFile = path.join(siteDir, file.source);
  if (!fs.existsSync(englishFile)) {
    return {file: relativePath, source: file.source, audience: '', status: 'outdated', words: 0, inflesz: 0, violations: [`translates ${file.source}, which does not exist`]};
  }
  const frontMatter = parseFrontMatterBlock(text, relativePath);
  const translation = translationSchema.safeParse(frontMatter.translation);
  if (!translation.success) violations.push('frontmatter field "translation" is missing or malformed (run `npm run translations:stamp -- <file>`)');
  const status = translation.success ? translationStatus(siteDir, relativePath, translation.data.source_sha) : 'outdated';
  violations.push(...compareWithEnglish(fs.readFileSync(englishFile, 'utf8'), text));
  const {words, inflesz} = spanishReadability(text);
  const audience = file.page ? docFrontMatterSchema.shape.audience.safeParse(frontMatter.audience).data ?? '' : 'patient';
  return {file: relativePath, source: file.source, audience, status, words, inflesz, violations};
}

/** Every translated page of the site: its report, the Spanish patient pages' average, and every violation. */
export function analyzeTranslations(siteDir: string) {
  const files = listFiles(path.join(siteDir, 'i18n'), (rel) => /\.mdx?$/.test(rel))
    .map((rel) => `i18n/${rel}`)
    .filter((rel) => translatedFile(rel) !== undefined);
  const pages = files.map((rel) => analyzeTranslation(siteDir, rel));
  // Generated or list pages (the glossary) are read for their data, not their prose.
  const patient = pages.filter((p) => p.audience === 'patient' && !p.file.endsWith('reference/glossary.mdx'));
  const averageInflesz = Math.round((patient.reduce((sum, p) => sum + p.inflesz, 0) / Math.max(1, patient.length)) * 10) / 10;
  const violations = pages.flatMap((p) => p.violations.map((v) => `${p.file}: ${v}`));
  if (patient.length > 0 && averageInflesz < minAverageInflesz) {
    violations.push(`Spanish patient pages average INFLESZ ${averageInflesz}; the lowest allowed is ${minAverageInflesz} ("normal")`);
  }
  return {pages, averageInflesz, violations};
}
