/**
 * Loads and validates src/data/glossary.yaml (Node only). One entry per term: the short definition
 * shown in <Term> hints and on the glossary page, the guide page that explains it, and its sources.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import * as z from 'zod';
import {loadBibliography} from './bibliography';

export const glossaryFile = path.join(__dirname, 'glossary.yaml');

export const glossaryEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case'),
    term: z.string().min(2),
    aliases: z.array(z.string()).default([]),
    short: z.string().min(10).max(200),
    page: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+(#[a-z0-9-]+)?$/, 'page is "folder/page" or "folder/page#anchor"'),
    cite: z.array(z.string()).default([]),
  })
  .strict();

export type GlossaryEntry = z.output<typeof glossaryEntrySchema>;

export class GlossaryError extends Error {}

export function parseGlossary(source: string, file = glossaryFile, knownSources = loadBibliography()): Map<string, GlossaryEntry> {
  let raw: unknown;
  try {
    raw = yaml.load(source);
  } catch (error) {
    throw new GlossaryError(`${file}: invalid YAML: ${(error as Error).message}`);
  }
  if (!Array.isArray(raw)) throw new GlossaryError(`${file}: expected a list of terms`);
  const entries = new Map<string, GlossaryEntry>();
  raw.forEach((item, index) => {
    const id = typeof item?.id === 'string' ? item.id : `#${index + 1}`;
    const result = glossaryEntrySchema.safeParse(item);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new GlossaryError(`${file}: term "${id}", field "${issue.path.join('.') || 'id'}": ${issue.message}`);
    }
    for (const source of result.data.cite) {
      if (!knownSources.has(source)) throw new GlossaryError(`${file}: term "${id}", field "cite": "${source}" is not in bibliography.yaml`);
    }
    if (entries.has(id)) throw new GlossaryError(`${file}: term "${id}" is listed twice`);
    entries.set(id, result.data);
  });
  return entries;
}

let cache: Map<string, GlossaryEntry> | undefined;
export function loadGlossary(): Map<string, GlossaryEntry> {
  cache ??= parseGlossary(fs.readFileSync(glossaryFile, 'utf8'));
  return cache;
}
