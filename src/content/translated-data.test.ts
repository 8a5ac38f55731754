/**
 * A tool's Spanish data (i18n/es/…/<edition>/_data/<tool>.ts) must be its English data with only the
 * reader-facing text translated: the same structure, numbers, ids, links and sources, so a tool
 * never tells a Spanish reader something else, or on other grounds, than an English one.
 */
import fs from 'node:fs';
import path from 'node:path';

const siteDir = path.resolve(__dirname, '../..');
const translated = path.join(siteDir, 'i18n', 'es', 'docusaurus-plugin-content-docs');

/** Pairs of (Spanish data module, English data module) of every edition that has both. */
const pairs = fs.existsSync(translated)
  ? fs.readdirSync(translated).flatMap((version) => {
      const dir = path.join(translated, version, '_data');
      if (!fs.existsSync(dir)) return [];
      const english = version === 'current' ? path.join(siteDir, 'docs', '_data') : path.join(siteDir, 'versioned_docs', version, '_data');
      return fs
        .readdirSync(dir)
        .filter((name) => name.endsWith('.ts'))
        .map((name) => [`${version}/_data/${name}`, path.join(dir, name), path.join(english, name)] as const);
    })
  : [];

/** A string that names something rather than says something: an id, slug, path, anchor or source id. */
const isName = (text: string) => /^[a-z0-9][a-z0-9-_#/.]*$/.test(text);

/** Where the two values differ in anything but translatable text; empty when they match. */
function differences(spanish: unknown, english: unknown, at = '$'): string[] {
  if (typeof english === 'string') {
    if (typeof spanish !== 'string') return [`${at}: not a string`];
    return isName(english) && spanish !== english ? [`${at}: "${spanish}" should stay "${english}"`] : [];
  }
  if (typeof english === 'function') return [];
  if (Array.isArray(english)) {
    if (!Array.isArray(spanish) || spanish.length !== english.length) return [`${at}: ${english.length} items in English, ${Array.isArray(spanish) ? spanish.length : 'none'} here`];
    return english.flatMap((item, index) => differences(spanish[index], item, `${at}[${index}]`));
  }
  if (english !== null && typeof english === 'object') {
    if (spanish === null || typeof spanish !== 'object') return [`${at}: not an object`];
    const keys = new Set([...Object.keys(english), ...Object.keys(spanish)]);
    return [...keys].flatMap((key) =>
      key in english && key in (spanish as object)
        ? differences((spanish as Record<string, unknown>)[key], (english as Record<string, unknown>)[key], `${at}.${key}`)
        : [`${at}.${key}: only in ${key in english ? 'English' : 'Spanish'}`],
    );
  }
  return Object.is(spanish, english) ? [] : [`${at}: ${String(spanish)} here, ${String(english)} in English`];
}

describe("the tools' Spanish data", () => {
  it('exists for every tool of the current edition and the working draft', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(8);
  });

  it.each(pairs)('%s has the English structure, numbers, ids and sources', (_name, spanishFile, englishFile) => {
    expect(differences(require(spanishFile), require(englishFile))).toEqual([]);
  });

  it('catches a changed number, a changed source and a dropped item', () => {
    const english = {phases: [{id: 'day-0', fromDay: 0, sources: ['chu2021'], text: 'Redness.'}]};
    expect(differences({phases: [{id: 'day-0', fromDay: 1, sources: ['chu2021'], text: 'Rojez.'}]}, english)).toEqual(['$.phases[0].fromDay: 1 here, 0 in English']);
    expect(differences({phases: [{id: 'day-0', fromDay: 0, sources: ['gowda2021'], text: 'Rojez.'}]}, english)).toEqual(['$.phases[0].sources[0]: "gowda2021" should stay "chu2021"']);
    expect(differences({phases: []}, english)).toEqual(['$.phases: 1 items in English, 0 here']);
  });
});
