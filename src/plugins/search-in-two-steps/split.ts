/**
 * Splits each search index the plugin writes (`search-index*.json`: an array of five lunr indexes,
 * one per document type: titles, headings, descriptions, keywords, page text) in two files beside
 * it: `<name>.first.json`, which a first search downloads, and `<name>.rest.json`, which follows.
 * The first part takes the titles, then as many of keywords (lay words and brand names),
 * descriptions and headings, in that order, as fit in `firstPartBudget`; page text is always in the
 * rest. At today's size everything but page text fits; at ten times it, headings move to the rest.
 * The original file is removed so that offline reading does not precache the index twice.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {listFiles} from '../../utils/files';

/** Compressed bytes the first part may take (gzip, as a static host serves it). */
/**
 * What a first search downloads beyond the first part (the worker, lunr and its language support,
 * the search bar) is about 36 KB gz; the first search must stay within 110 KB (measure/search-probe.ts),
 * so the first part gets 72 KB. (It was 120 KB until the Spanish index, whose headings are longer,
 * made a Spanish first search 126 KB.)
 */
export const firstPartBudget = 72 * 1024;

/** The plugin's document types (SearchDocumentType), and the order in which they join the first part. */
const TITLES = 0;
const CONTENT = 4;
const joinOrder = [3, 2, 1];

export interface IndexPart {
  type: number;
  documents: unknown[];
  index: unknown;
}

export class SearchIndexError extends Error {}

const gzipped = (parts: IndexPart[]) => zlib.gzipSync(JSON.stringify(parts)).length;
const byType = (a: IndexPart, b: IndexPart) => a.type - b.type;

export function splitIndex(json: unknown, file: string, budget = firstPartBudget): {first: IndexPart[]; rest: IndexPart[]} {
  if (!Array.isArray(json) || json.length !== 5 || !json.every((part) => part && typeof part === 'object' && 'documents' in part && 'index' in part)) {
    throw new SearchIndexError(`${file}: expected the search plugin's five indexes (titles, headings, descriptions, keywords, text)`);
  }
  const parts: IndexPart[] = json.map((part: {documents: unknown[]; index: unknown}, type) => ({type, documents: part.documents, index: part.index}));
  const first = [parts[TITLES]!];
  for (const type of joinOrder) {
    if (gzipped([...first, parts[type]!]) <= budget) first.push(parts[type]!);
  }
  const rest = parts.filter((part) => !first.includes(part) || part.type === CONTENT);
  return {first: first.sort(byType), rest: rest.sort(byType)};
}

/** Every search-index*.json under `outDir`, split; returns the files written, relative to outDir. */
export function splitIndexes(outDir: string, budget = firstPartBudget): string[] {
  const indexes = listFiles(outDir, (rel) => /(^|\/)search-index[^/]*\.json$/.test(rel) && !/\.(first|rest)\.json$/.test(rel));
  return indexes
    .flatMap((rel) => {
      const full = path.join(outDir, rel);
      const {first, rest} = splitIndex(JSON.parse(fs.readFileSync(full, 'utf8')), rel, budget);
      fs.writeFileSync(full.replace(/\.json$/, '.first.json'), JSON.stringify(first));
      fs.writeFileSync(full.replace(/\.json$/, '.rest.json'), JSON.stringify(rest));
      fs.rmSync(full);
      return [rel.replace(/\.json$/, '.first.json'), rel.replace(/\.json$/, '.rest.json')];
    })
    .sort();
}
