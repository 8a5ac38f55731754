import fs from 'node:fs';
import path from 'node:path';
import {loadBibliography} from '@site/src/data/bibliography';
import {headingAnchors} from '@site/tests/helpers/headings';
import {
  finderQuestions,
  finderReminder,
  finderResults,
  finderSourceIds,
  finderTargets,
  finderText,
  unsureTargets,
  type SourcedText,
} from '@site/docs/_data/scar-finder';
import * as finder from '@site/docs/_data/scar-finder';
import {askedQuestions, missingQuestions, pruneAnswers, suggest as suggestWith, suggestionHref, type Answers} from './logic';

// The working draft's finder data, as the scar types page passes it.
const suggest = (answers: Answers) => suggestWith(answers, finder);

function must(answers: Answers) {
  const suggestion = suggest(answers);
  if (!suggestion) throw new Error(`no suggestion for ${JSON.stringify(answers)}`);
  return suggestion;
}

describe('suggest: every outcome', () => {
  it('raised -> hypertrophic/keloid, likely', () => {
    const s = must({surface: 'raised'});
    expect(s).toMatchObject({type: 'hypertrophic', confidence: 'likely', page: '/docs/scarring/hypertrophic-and-keloid-scars'});
    expect(s.anchor).toBeUndefined();
    expect(s.reasons[0]).toMatch(/^You said it is raised above the skin: raised acne scars are called hypertrophic scars or keloids/);
    expect(s.sources).toEqual(['fabbrocini2010', 'connolly2017']);
  });

  it('flat + brown -> PIH, likely', () => {
    const s = must({surface: 'flat', color: 'brown'});
    expect(s).toMatchObject({type: 'pih', confidence: 'likely', anchor: 'post-inflammatory-hyperpigmentation-pih'});
    expect(suggestionHref(s)).toBe('/docs/scarring/marks-that-are-not-scars#post-inflammatory-hyperpigmentation-pih');
    expect(s.reasons[0]).toMatch(/^You said it is flat and brown or darker than your skin: this fits post-inflammatory hyperpigmentation/);
    expect(s.reasons.join(' ')).toMatch(/more common in darker skin/);
    expect(s.sources).toContain('elbuluk2021');
  });

  it('flat + pink/red/purple -> PIE, likely', () => {
    const s = must({surface: 'flat', color: 'red'});
    expect(s).toMatchObject({type: 'pie', confidence: 'likely', anchor: 'post-inflammatory-erythema-pie'});
    expect(suggestionHref(s)).toBe('/docs/scarring/marks-that-are-not-scars#post-inflammatory-erythema-pie');
    expect(s.reasons[0]).toMatch(/^You said it is flat and pink, red or purple: this fits post-inflammatory erythema/);
    expect(s.reasons.join(' ')).toMatch(/more common in lighter skin/);
    expect(s.sources).toEqual(expect.arrayContaining(['elbuluk2021', 'amiri2022']));
  });

  it('sunken + under 2 mm + stays the same -> icepick, likely', () => {
    const s = must({surface: 'sunken', width: 'narrow', stretch: 'same'});
    expect(s).toMatchObject({type: 'icepick', confidence: 'likely', anchor: 'icepick-scars'});
    expect(suggestionHref(s)).toBe('/docs/scarring/atrophic-scar-types#icepick-scars');
    expect(s.reasons[0]).toMatch(/^You said it is sunken and narrower than 2 mm, like a pinprick hole: icepick scars are narrow and deep/);
    expect(s.sources).toEqual(['fabbrocini2010', 'jacob2001']);
  });

  it('sunken + 1.5-4 mm sharp-edged + stays the same -> boxcar, likely', () => {
    const s = must({surface: 'sunken', width: 'small', stretch: 'same'});
    expect(s).toMatchObject({type: 'boxcar', confidence: 'likely'});
    expect(suggestionHref(s)).toBe('/docs/scarring/atrophic-scar-types#boxcar-scars');
    expect(s.reasons[0]).toMatch(/1\.5 to 4 mm wide, with sharp edges: boxcar scars are round or oval dips/);
  });

  it('sunken + wide + flattens when stretched -> rolling, likely, with the cautious stretch hint', () => {
    const s = must({surface: 'sunken', width: 'wide', stretch: 'flattens'});
    expect(s).toMatchObject({type: 'rolling', confidence: 'likely'});
    expect(suggestionHref(s)).toBe('/docs/scarring/atrophic-scar-types#rolling-scars');
    expect(s.reasons[0]).toMatch(/more than 4 to 5 mm across/);
    expect(s.reasons[1]).toMatch(/Clinicians often check this: softening when stretched suggests a rolling scar’s tethering may be involved/);
  });

  it('sunken + wide + stays the same -> rolling, only possible', () => {
    expect(must({surface: 'sunken', width: 'wide', stretch: 'same'})).toMatchObject({type: 'rolling', confidence: 'possible'});
  });

  it('a "not sure" stretch answer leaves the width to decide, as possible', () => {
    for (const [width, type] of [['narrow', 'icepick'], ['small', 'boxcar'], ['wide', 'rolling']] as const) {
      const s = must({surface: 'sunken', width, stretch: 'unsure'});
      expect(s).toMatchObject({type, confidence: 'possible'});
      expect(s.reasons.join(' ')).toMatch(/rests on the width alone/);
    }
  });

  it.each(['narrow', 'small'] as const)('contradictory answers (%s dip that flattens) -> unsure, see a clinician', (width) => {
    const s = must({surface: 'sunken', width, stretch: 'flattens'});
    expect(s.type).toBe('unsure');
    expect(s.reasons.join(' ')).toMatch(/point in different directions/);
    expect(s.reasons.join(' ')).toMatch(width === 'narrow' ? /fits an icepick scar/ : /fits a boxcar scar/);
    expect(s.reasons.at(-1)).toMatch(/clinician/);
    expect(suggestionHref(s)).toBe('/docs/scarring/atrophic-scar-types#the-three-type-system');
  });

  it.each([
    [{surface: 'unsure'}, '/docs/scarring/marks-that-are-not-scars#mark-or-scar-look-at-texture-not-color'],
    [{surface: 'flat', color: 'unsure'}, '/docs/scarring/marks-that-are-not-scars'],
    [{surface: 'sunken', width: 'unsure', stretch: 'same'}, '/docs/scarring/atrophic-scar-types#the-three-type-system'],
    [{surface: 'sunken', width: 'unsure', stretch: 'flattens'}, '/docs/scarring/atrophic-scar-types#the-three-type-system'],
  ] as [Answers, string][])('not sure %j -> unsure, linking to %s', (answers, href) => {
    const s = must(answers);
    expect(s.type).toBe('unsure');
    expect(s.confidence).toBe('possible');
    expect(suggestionHref(s)).toBe(href);
    expect(s.reasons.at(-1)).toBe(finderText.seeClinician.text);
  });
});

describe('suggest: incomplete answers', () => {
  it.each([
    [{}],
    [{surface: 'flat'}],
    [{surface: 'sunken'}],
    [{surface: 'sunken', width: 'narrow'}],
    [{surface: 'sunken', stretch: 'same'}],
    [{surface: 'sunken', width: 'unsure'}],
    [{color: 'brown', width: 'narrow', stretch: 'same'}],
  ] as [Answers][])('%j -> null', (answers) => {
    expect(suggest(answers)).toBeNull();
  });

  it('says which asked questions are still open', () => {
    expect(missingQuestions({})).toEqual(['surface']);
    expect(missingQuestions({surface: 'sunken', width: 'wide'})).toEqual(['stretch']);
    expect(missingQuestions({surface: 'flat'})).toEqual(['color']);
    expect(missingQuestions({surface: 'raised'})).toEqual([]);
  });

  it('ignores answers to questions that are not asked', () => {
    const s = must({surface: 'raised', color: 'brown', width: 'narrow', stretch: 'same'});
    expect(s.type).toBe('hypertrophic');
    expect(must({surface: 'flat', color: 'red', width: 'narrow'}).type).toBe('pie');
  });
});

describe('asked questions', () => {
  it('asks color only for flat marks, and width and stretch only for sunken ones', () => {
    expect(askedQuestions({})).toEqual(['surface']);
    expect(askedQuestions({surface: 'raised'})).toEqual(['surface']);
    expect(askedQuestions({surface: 'unsure'})).toEqual(['surface']);
    expect(askedQuestions({surface: 'flat'})).toEqual(['surface', 'color']);
    expect(askedQuestions({surface: 'sunken'})).toEqual(['surface', 'width', 'stretch']);
  });

  it('drops answers to questions no longer asked', () => {
    expect(pruneAnswers({surface: 'flat', color: 'red', width: 'wide', stretch: 'same'})).toEqual({surface: 'flat', color: 'red'});
    expect(pruneAnswers({surface: 'sunken', color: 'red', width: 'wide'})).toEqual({surface: 'sunken', width: 'wide'});
  });
});

describe('sources and links', () => {
  const bibliography = loadBibliography();

  it('cites only bibliography entries', () => {
    for (const id of finderSourceIds) expect({id, known: bibliography.has(id)}).toEqual({id, known: true});
  });

  it('gives every sentence either sources or an editor note saying why it has none', () => {
    const texts: SourcedText[] = [finderReminder];
    for (const item of Object.values(finderText)) texts.push('fact' in item ? item.fact : item);
    for (const text of texts) {
      if (text.sources.length === 0) expect(text.note).toEqual(expect.any(String));
    }
    const stretch = [finderText.stretchFlattens, finderText.stretchSame];
    for (const text of stretch) {
      expect(text.sources).toEqual([]);
      expect(text.text).toMatch(/Clinicians often check this/);
    }
  });

  it('links only to headings that exist on the guide pages', () => {
    const targets = [...Object.values(finderTargets), ...Object.values(unsureTargets)];
    for (const target of targets) {
      const file = path.join(__dirname, '../../..', `${target.page.replace(/^\//, '')}.mdx`);
      expect(fs.existsSync(file)).toBe(true);
      if ('anchor' in target) {
        expect(headingAnchors(fs.readFileSync(file, 'utf8'))).toContain(target.anchor);
      }
    }
  });

  it('names every outcome and has options for every question', () => {
    expect(Object.keys(finderResults).sort()).toEqual(['boxcar', 'hypertrophic', 'icepick', 'pie', 'pih', 'rolling', 'unsure']);
    for (const question of Object.values(finderQuestions)) expect(question.options.length).toBeGreaterThanOrEqual(3);
  });
});
