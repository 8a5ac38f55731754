/**
 * Loads and validates an edition's glossary, `_data/glossary.yaml` (Node only). One entry per term: the short definition
 * shown in <Term> hints and on the glossary page, the guide page that explains it, and its sources.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import * as z from 'zod';
import {loadBibliography} from './bibliography';

/**
 * Each edition has its own glossary, frozen with its pages when it is cut: `_data/glossary.yaml`
 * in the edition folder (docs/ for the working draft, versioned_docs/version-X/ for an edition).
 */
export const glossaryFileOf = (editionDir: string): string => path.join(editionDir, '_data', 'glossary.yaml');

/** The working draft's glossary (docs/_data/glossary.yaml). */
export const glossaryFile = glossaryFileOf(path.resolve(__dirname, '../../docs'));

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

const cache = new Map<string, {mtimeMs: number; entries: Map<string, GlossaryEntry>}>();

/** A glossary file, read once per change (the development server rebuilds pages when it is edited). */
export function loadGlossary(file = glossaryFile): Map<string, GlossaryEntry> {
  const mtimeMs = fs.statSync(file).mtimeMs;
  let cached = cache.get(file);
  if (!cached || cached.mtimeMs !== mtimeMs) {
    const shown = path.relative(process.cwd(), file).split(path.sep).join('/');
    cached = {mtimeMs, entries: parseGlossary(fs.readFileSync(file, 'utf8'), shown)};
    cache.set(file, cached);
  }
  return cached.entries;
}

/**
 * A translation of an edition's glossary (i18n/<locale>/docusaurus-plugin-content-docs/<version>/
 * _data/glossary.yaml): the same ids, each with its headword, other names and short definition in
 * that language; the guide page and the sources come from the English entry. Definitions may run a
 * little longer than in English (Spanish takes about a fifth more words).
 */
export const translatedEntrySchema = z
  .object({
    id: z.string(),
    term: z.string().min(2),
    aliases: z.array(z.string()).default([]),
    short: z.string().min(10).max(240),
  })
  .strict();

export function parseTranslatedGlossary(source: string, file: string, english: Map<string, GlossaryEntry>, englishFile: string): Map<string, GlossaryEntry> {
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
    const result = translatedEntrySchema.safeParse(item);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new GlossaryError(`${file}: term "${id}", field "${issue.path.join('.') || 'id'}": ${issue.message}`);
    }
    const source = english.get(id);
    if (!source) throw new GlossaryError(`${file}: term "${id}" is not in ${englishFile}`);
    if (entries.has(id)) throw new GlossaryError(`${file}: term "${id}" is listed twice`);
    entries.set(id, {...source, ...result.data});
  });
  const missing = [...english.keys()].filter((id) => !entries.has(id));
  if (missing.length > 0) throw new GlossaryError(`${file}: term "${missing[0]}" of ${englishFile} has no translation${missing.length > 1 ? ` (and ${missing.length - 1} more)` : ''}`);
  return entries;
}

/** A translated glossary merged with its English glossary, read once per change of either. */
export function loadTranslatedGlossary(file: string, englishFile: string): Map<string, GlossaryEntry> {
  const english = loadGlossary(englishFile);
  const mtimeMs = Math.max(fs.statSync(file).mtimeMs, fs.statSync(englishFile).mtimeMs);
  let cached = cache.get(file);
  if (!cached || cached.mtimeMs !== mtimeMs) {
    const shown = (f: string) => path.relative(process.cwd(), f).split(path.sep).join('/');
    cached = {mtimeMs, entries: parseTranslatedGlossary(fs.readFileSync(file, 'utf8'), shown(file), english, shown(englishFile))};
    cache.set(file, cached);
  }
  return cached.entries;
}
