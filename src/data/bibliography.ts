/**
 * Loads and validates src/data/bibliography.yaml (Node only: used by build plugins and scripts).
 * A malformed entry fails with the file, the entry id and the field.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import * as z from 'zod';
import type {PublicReference, Reference} from './reference';

export const bibliographyFile = path.join(__dirname, 'bibliography.yaml');

const common = {
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'ids are lower-case letters, digits and _'),
  authors: z.string().min(2),
  title: z.string().min(3),
  verification: z.string().min(3),
  caveat: z.string().optional(),
  seen_at: z.array(z.string()).min(1),
  topics: z.array(z.string()).default([]),
  finding: z.string().min(10),
};

const article = z
  .object({
    ...common,
    type: z.literal('article'),
    year: z.number().int().min(1900).max(2100),
    journal: z.string().min(2),
    volume_pages: z.string().optional(),
    doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'a DOI looks like 10.xxxx/yyy').optional(),
    pmid: z.string().regex(/^\d{5,9}$/, 'a PMID is 5-9 digits').optional(),
    pmcid: z.string().regex(/^PMC\d+$/).optional(),
  })
  .strict()
  .refine((e) => e.doi || e.pmid, {message: 'an article needs a doi or a pmid', path: ['doi']});

const official = z
  .object({
    ...common,
    type: z.enum(['regulatory', 'professional-body']),
    year: z.number().int().min(1900).max(2100).optional(),
    publisher: z.string().min(2),
    document: z.string().optional(),
    url: z.string().url().optional(),
  })
  .strict()
  .refine((e) => e.year || e.document, {message: 'an official document needs a year or a document number/date', path: ['year']})
  // The official URL is required unless the record names a formal document identifier and says why no URL.
  .refine((e) => e.url || (e.document && e.caveat), {message: 'an official document needs its official url', path: ['url']});

export const entrySchema = z.union([article, official]);
export type BibliographyEntry = z.infer<typeof entrySchema>;

export class BibliographyError extends Error {}

export function parseBibliography(source: string, file = bibliographyFile): Map<string, BibliographyEntry> {
  let raw: unknown;
  try {
    raw = yaml.load(source);
  } catch (error) {
    throw new BibliographyError(`${file}: invalid YAML: ${(error as Error).message}`);
  }
  if (!Array.isArray(raw)) throw new BibliographyError(`${file}: expected a list of entries`);
  const entries = new Map<string, BibliographyEntry>();
  raw.forEach((item, index) => {
    const id = typeof item?.id === 'string' ? item.id : `#${index + 1}`;
    // Discriminate first so the message names the fields of the right kind of entry.
    const schema = item?.type === 'article' ? article : item?.type ? official : entrySchema;
    const result = schema.safeParse(item);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const field = issue.path.join('.') || 'type';
      throw new BibliographyError(`${file}: entry "${id}", field "${field}": ${issue.message}`);
    }
    if (entries.has(id)) throw new BibliographyError(`${file}: entry "${id}" is listed twice`);
    entries.set(id, result.data as BibliographyEntry);
  });
  return entries;
}

let cache: Map<string, BibliographyEntry> | undefined;
export function loadBibliography(file = bibliographyFile): Map<string, BibliographyEntry> {
  if (file !== bibliographyFile) return parseBibliography(fs.readFileSync(file, 'utf8'), file);
  cache ??= parseBibliography(fs.readFileSync(file, 'utf8'), file);
  return cache;
}

/** Strip editor-only fields before an entry goes into a page bundle. */
export function toPublic(entry: BibliographyEntry): PublicReference {
  const {verification: _v, caveat: _c, seen_at: _s, topics: _t, finding: _f, ...rest} = entry as Reference &
    Pick<BibliographyEntry, 'verification' | 'caveat' | 'seen_at' | 'topics' | 'finding'>;
  return rest;
}

/**
 * Bibliography ids that a data file (TypeScript or YAML) names, as quoted strings or list items, in
 * order of first appearance; comment lines are skipped, so a note about a source does not cite it.
 */
export function idsNamedIn(source: string, ids: Iterable<string>): string[] {
  const code = source.replace(/^\s*(#|\/\/|\*|\/\*\*).*$/gm, '');
  const found = [...ids].flatMap((id) => {
    const at = code.search(new RegExp(`(?<![\\w-])${id}(?![\\w-])`));
    return at < 0 ? [] : [{id, at}];
  });
  return found.sort((a, b) => a.at - b.at).map(({id}) => id);
}
