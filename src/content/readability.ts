/**
 * Words and Flesch-Kincaid grade of a page's prose. Pure functions; the rules in ./rules.ts use
 * them. Markup, code, formulas, link targets and the closing "Related"/"References" sections are
 * left out, so the figures describe what a reader actually reads.
 */

/** The readable prose of an MDX page. */
export function proseOf(mdx: string): string {
  let text = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  text = text.replace(/\n## (Related|References|What the guide says)\b[\s\S]*$/, '\n');
  text = text
    .replace(/^(import|export) .*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]+\$/g, ' formula ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^:::.*$/gm, ' ')
    .replace(/^\s*\|?[-:| ]+\|?\s*$/gm, ' ')
    .replace(/[#*_`|>]/g, ' ');
  return text;
}

export function words(text: string): string[] {
  return text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
}

/** Sentences: terminal punctuation, plus each list item, table row or heading as its own unit. */
export function sentenceCount(text: string): number {
  const terminal = (text.match(/[.!?](?=\s|$)/g) ?? []).length;
  const lines = text.split('\n').filter((line) => /\w/.test(line) && !/[.!?]\s*$/.test(line.trim())).length;
  return Math.max(1, terminal + lines);
}

/** Syllables by the usual English vowel-group heuristic (silent final e, -es, -ed). */
export function syllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  // A character class, not a word: cspell:ignore laeiouy
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, (w.match(/[aeiouy]{1,2}/g) ?? []).length);
}

export interface Readability {
  words: number;
  sentences: number;
  grade: number;
}

export function readability(mdx: string): Readability {
  const text = proseOf(mdx);
  const list = words(text);
  const sentences = sentenceCount(text);
  const count = Math.max(1, list.length);
  const syllableTotal = list.reduce((sum, word) => sum + syllables(word), 0);
  const grade = 0.39 * (count / sentences) + 11.8 * (syllableTotal / count) - 15.59;
  return {words: list.length, sentences, grade: Math.round(grade * 10) / 10};
}
