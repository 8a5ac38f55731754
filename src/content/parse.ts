import path from 'node:path';
import yaml from 'js-yaml';
import type {DefaultParseFrontMatter, ParseFrontMatter} from '@docusaurus/types';
import {contentKind, dateFields, FrontMatterError, validateFrontMatter} from './frontmatter';

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
    return {...result, frontMatter: validateFrontMatter(file, frontMatter)};
  };
}

async function parseWith(parse: DefaultParseFrontMatter, file: string, filePath: string, fileContent: string) {
  try {
    return await parse({filePath, fileContent});
  } catch (error) {
    throw malformed(file, (error as Error).message);
  }
}
