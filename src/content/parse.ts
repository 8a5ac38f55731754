import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type {DefaultParseFrontMatter, ParseFrontMatter} from '@docusaurus/types';
import {contentKind, dateFields, FrontMatterError, validateFrontMatter} from './frontmatter';
import {LEDGER_FILE, readLedger, summarize, type PageCheck} from './claim-checks';
import {translatedFile, translationStatus} from './translations';

const malformed = (file: string, detail: string) => new FrontMatterError(`${file}: malformed frontmatter YAML: ${detail}`);

const FRONT_MATTER_BLOCK = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * The YAML frontmatter of a Markdown file as an object; malformed YAML names the file.
 * Read with YAML's core schema, which has no timestamp type: a date stays the text that was
 * written. (The default schema turns an unquoted `2026-02-31` into a Date it has already rolled
 * over to 3 March, so no later check could tell that the day does not exist.)
 */
export function parseFrontMatterBlock(source: string, file: string): Record<string, unknown> {
  const match = FRONT_MATTER_BLOCK.exec(source);
  if (!match) throw new FrontMatterError(`${file}: no frontmatter block (--- ... ---) at the top`);
  let data: unknown;
  try {
    data = yaml.load(match[1]!, {schema: yaml.CORE_SCHEMA}) ?? {};
  } catch (error) {
    throw malformed(file, (error as Error).message.split('\n')[0]!);
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw malformed(file, `expected "field: value" lines, found a ${Array.isArray(data) ? 'list' : typeof data}`);
  }
  return data as Record<string, unknown>;
}

/**
 * The build's frontmatter parser (markdown.parseFrontMatter): Docusaurus' own parser, then the
 * content rules. Docs and blog posts are checked with their date fields as written (see
 * parseFrontMatterBlock); any error names the file, relative to the site, and the field.
 */
export function createFrontMatterParser(siteDir: string): ParseFrontMatter {
  return async ({filePath, fileContent, defaultParseFrontMatter}) => {
    const file = path.relative(siteDir, filePath).split(path.sep).join('/');
    const result = await parseWith(defaultParseFrontMatter, file, filePath, fileContent);
    if (contentKind(file) === 'other') return result;
    const written = parseFrontMatterBlock(fileContent, file);
    const frontMatter = {...result.frontMatter};
    for (const field of dateFields) {
      if (field in written) frontMatter[field] = written[field];
    }
    if (claimChecksField in written) {
      throw new FrontMatterError(`${file}: invalid frontmatter: field "${claimChecksField}": is set by the build from the claim-check ledger; remove it`);
    }
    const translated = translatedFile(file);
    if (translated && written.translation && typeof written.translation === 'object') frontMatter.translation = written.translation;
    const validated = validateFrontMatter(file, frontMatter);
    if (!translated) {
      const check = ledgerEntryFor(siteDir, file);
      return {...result, frontMatter: check ? {...validated, [claimChecksField]: summarize(check)} : validated};
    }
    // A translation shows the English page's statement checks while it still says what that page says.
    const translation = validated.translation as {translated_on: string; source_sha: string};
    const status = translationStatus(siteDir, file, translation.source_sha);
    const check = status === 'current' ? ledgerEntryFor(siteDir, translated.source) : undefined;
    return {
      ...result,
      frontMatter: {...validated, translation: {...translation, status}, ...(check && {[claimChecksField]: summarize(check)})},
    };
  };
}

/** Frontmatter field the build adds to a checked guide page: {statements, checked} (see claim-checks.ts). */
export const claimChecksField = 'claim_checks';

const ledgers = new Map<string, {mtimeMs: number; pages: Map<string, PageCheck>}>();

/** The ledger entry of a guide page, from the ledger of the edition the file belongs to. */
function ledgerEntryFor(siteDir: string, file: string): PageCheck | undefined {
  const match = /^(docs|versioned_docs\/[^/]+)\/(.+)\.mdx?$/.exec(file);
  if (!match) return undefined;
  const editionDir = path.join(siteDir, match[1]!);
  const ledgerFile = path.join(editionDir, LEDGER_FILE);
  const mtimeMs = fs.existsSync(ledgerFile) ? fs.statSync(ledgerFile).mtimeMs : -1;
  let cached = ledgers.get(editionDir);
  if (!cached || cached.mtimeMs !== mtimeMs) {
    cached = {mtimeMs, pages: readLedger(editionDir, siteDir)};
    ledgers.set(editionDir, cached);
  }
  return cached.pages.get(match[2]!);
}

async function parseWith(parse: DefaultParseFrontMatter, file: string, filePath: string, fileContent: string) {
  try {
    return await parse({filePath, fileContent});
  } catch (error) {
    throw malformed(file, (error as Error).message);
  }
}
