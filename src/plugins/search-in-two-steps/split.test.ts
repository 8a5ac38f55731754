import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {splitIndex, splitIndexes, SearchIndexError} from './split';

/** Five parts as the search plugin writes them; `size` pads a part's documents. */
function index(sizes: number[] = [10, 10, 10, 10, 10]) {
  return sizes.map((size, type) => ({
    documents: [{i: type, t: `${type}:`.padEnd(size, String.fromCharCode(97 + type))}],
    index: {version: '2.3.9', fields: ['t'], invertedIndex: []},
  }));
}
// Random text, so gzip cannot squeeze the padding away.
const noise = (n: number) => Array.from({length: n}, () => String.fromCharCode(33 + Math.floor(Math.random() * 90))).join('');

describe('splitIndex', () => {
  it('puts titles, keywords, descriptions and headings first when they fit, page text always in the rest', () => {
    const {first, rest} = splitIndex(index(), 'x.json', 100_000);
    expect(first.map((part) => part.type)).toEqual([0, 1, 2, 3]);
    expect(rest.map((part) => part.type)).toEqual([4]);
  });

  it('moves headings, then descriptions, to the rest when the first part would pass its budget', () => {
    const json = index().map((part, type) => (type === 1 || type === 2 ? {...part, documents: [{i: type, t: noise(4000)}]} : part));
    expect(splitIndex(json, 'x.json', 5000).first.map((part) => part.type)).toEqual([0, 2, 3]);
    expect(splitIndex(json, 'x.json', 5000).rest.map((part) => part.type)).toEqual([1, 4]);
    expect(splitIndex(json, 'x.json', 1000).first.map((part) => part.type)).toEqual([0, 3]);
  });

  it('rejects a file that is not the plugin\'s five indexes, naming it', () => {
    expect(() => splitIndex([{documents: []}], 'build/search-index-1.json')).toThrow(SearchIndexError);
    expect(() => splitIndex({}, 'build/search-index-1.json')).toThrow('build/search-index-1.json: expected the search plugin\'s five indexes');
  });
});

describe('splitIndexes', () => {
  it('writes the two parts beside every index, in every edition folder, and removes the original', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'split-'));
    fs.mkdirSync(path.join(out, 'docs', '2026.2'), {recursive: true});
    for (const rel of ['search-index-abc.json', 'docs/2026.2/search-index-abc.json']) fs.writeFileSync(path.join(out, rel), JSON.stringify(index()));
    expect(splitIndexes(out)).toEqual([
      'docs/2026.2/search-index-abc.first.json',
      'docs/2026.2/search-index-abc.rest.json',
      'search-index-abc.first.json',
      'search-index-abc.rest.json',
    ]);
    expect(fs.existsSync(path.join(out, 'search-index-abc.json'))).toBe(false);
    expect(JSON.parse(fs.readFileSync(path.join(out, 'search-index-abc.rest.json'), 'utf8'))[0].type).toBe(4);
    expect(splitIndexes(out)).toEqual([]); // a second run finds nothing left to split
  });
});
