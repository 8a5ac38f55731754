// cspell:ignore aeiouáéíóúü aeoáéóíú ÁÉÍÓÚÜ Ñáéíóúüñ
/**
 * Words and Flesch-Kincaid grade of a page's prose. Pure functions; the rules in ./rules.ts use
 * them. Markup, code, formulas, link targets and the closing "Related"/"References" sections are
 * left out, so the figures describe what a reader actually reads.
 */

/** The readable prose of an MDX page. */
export function proseOf(mdx: string): string {
  let text = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  // The closing sections, in English or translated (whose headings keep the English ids).
  text = text.replace(/\n## (?:(?:Related|References|What the guide says)\b|[^\n]*\{\/\* #(?:related|references) \*\/\})[\s\S]*$/, '\n');
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

/** Words of Spanish prose: letters with accents and ñ. */
export function spanishWords(text: string): string[] {
  return text.match(/[A-Za-zÁÉÍÓÚÜÑáéíóúüñ][A-Za-zÁÉÍÓÚÜÑáéíóúüñ'’-]*/g) ?? [];
}

/**
 * Spanish syllables: one per vowel group, where an unaccented i, u or ü next to another vowel forms a
 * diphthong (one syllable) and two strong vowels (a, e, o, or an accented í, ú) are a hiatus (two).
 * The silent u of que, qui, gue, gui joins the next vowel, which counts it right.
 */
export function spanishSyllables(word: string): number {
  const w = word.toLowerCase().replace(/y$/, 'i');
  const vowel = /[aeiouáéíóúü]/;
  const strong = /[aeoáéóíú]/;
  let count = 0;
  let previous = '';
  for (const char of w) {
    if (!vowel.test(char)) {
      previous = '';
      continue;
    }
    if (previous === '' || (strong.test(previous) && strong.test(char))) count += 1;
    previous = char;
  }
  return Math.max(1, count);
}

export interface SpanishReadability {
  words: number;
  sentences: number;
  /**
   * Szigriszt-Pazos perspicuity, 206.835 − 62.3 × syllables per word − words per sentence, read on
   * the INFLESZ scale (Barrio-Cantalejo): under 40 very hard, 40-55 somewhat hard, 55-65 normal,
   * 65-80 fairly easy, over 80 very easy.
   */
  inflesz: number;
}

export function spanishReadability(mdx: string): SpanishReadability {
  const text = proseOf(mdx);
  const list = spanishWords(text);
  const sentences = sentenceCount(text);
  const count = Math.max(1, list.length);
  const syllableTotal = list.reduce((sum, word) => sum + spanishSyllables(word), 0);
  const inflesz = 206.835 - 62.3 * (syllableTotal / count) - count / sentences;
  return {words: list.length, sentences, inflesz: Math.round(inflesz * 10) / 10};
}
