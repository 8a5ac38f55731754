/**
 * Pure helpers for the consultation checklist: reading saved ticks, counting progress and
 * writing the plain-text copy. No React, DOM or browser APIs here. Words are in the page's
 * language (translate(): i18n/<locale>/code.json).
 */
import {translate} from '@docusaurus/Translate';

/** The parts of a checklist group these helpers need. */
export interface PlainGroup {
  title: string;
  items: readonly {id: string; text: string}[];
}

/** localStorage key holding the ticked item ids (a JSON array of strings). */
export const STORAGE_KEY = 'scaratlas:consultation-checklist:v1';

/** Every item id of the groups, in checklist order. */
export function allItemIds(groups: readonly PlainGroup[]): string[] {
  return groups.flatMap((group) => group.items.map((item) => item.id));
}

/**
 * Reads what was saved under STORAGE_KEY. Anything that is not a JSON array is ignored, as are
 * entries that are not strings or not known item ids, and duplicates. The result follows the
 * order of knownIds, so the same ticks always give the same array.
 */
export function parseStored(raw: string | null, knownIds: Iterable<string>): string[] {
  if (raw === null || raw === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const stored = new Set(parsed.filter((value): value is string => typeof value === 'string'));
  const result: string[] = [];
  for (const id of knownIds) {
    if (stored.has(id) && !result.includes(id)) result.push(id);
  }
  return result;
}

export interface Progress {
  /** Ticked items that exist in the groups. */
  done: number;
  /** All items in the groups. */
  total: number;
}

/** How many of the groups' items are ticked. Unknown ids in `checked` are not counted. */
export function progress(groups: readonly PlainGroup[], checked: Iterable<string>): Progress {
  const ticked = new Set(checked);
  const ids = allItemIds(groups);
  return {done: ids.filter((id) => ticked.has(id)).length, total: ids.length};
}

/** "3 of 27 checked" */
export function progressText({done, total}: Progress): string {
  return translate({id: 'scaratlas.checklist.progress', message: '{done} of {total} checked'}, {done, total});
}

/**
 * The checklist as plain text for the clipboard:
 *
 *     Consultation checklist
 *
 *     Credentials
 *     [x] First item
 *     [ ] Second item
 *
 *     Assessment
 *     ...
 *
 * Lines end with "\n"; a blank line separates the title and each group; no trailing newline.
 */
export function toPlainText(groups: readonly PlainGroup[], checkedIds: Iterable<string>, title = translate({id: 'scaratlas.checklist.title', message: 'Consultation checklist'})): string {
  const ticked = new Set(checkedIds);
  const blocks = [
    title,
    ...groups.map((group) =>
      [group.title, ...group.items.map((item) => `${ticked.has(item.id) ? '[x]' : '[ ]'} ${item.text}`)].join('\n'),
    ),
  ];
  return blocks.join('\n\n');
}

/** Keeps only the ids of `ids` that are in `order`, in that order (for a stable saved array). */
export function inOrder(ids: Iterable<string>, order: readonly string[]): string[] {
  const wanted = new Set(ids);
  return order.filter((id) => wanted.has(id));
}
