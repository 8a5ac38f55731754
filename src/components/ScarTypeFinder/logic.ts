/**
 * Pure logic of the scar-type finder: which questions are asked, and what the answers suggest.
 * No React, DOM or browser APIs here. The wording comes from the edition's _data/scar-finder.ts;
 * the frames that join its pieces into sentences are in the page's language (translate():
 * i18n/<locale>/code.json).
 */
import {translate} from '@docusaurus/Translate';
import type * as DraftFinder from '@site/docs/_data/scar-finder';
import type {
  AnswerValue,
  FinderSourceId,
  FinderTarget,
  QuestionId,
  ResultType,
  SourcedText,
} from '@site/docs/_data/scar-finder';

/**
 * The finder's wording, sources and link targets: the `_data/scar-finder.ts` module of the page's
 * own edition (spread into <ScarTypeFinder {...finder} />), so a published edition keeps its data.
 * The decision rules below are code and are shared.
 */
export type FinderData = Wording<
  Pick<typeof DraftFinder, 'finderIntro' | 'finderQuestions' | 'finderReminder' | 'finderResults' | 'finderTargets' | 'finderText' | 'unsureTargets'>
>;

/**
 * The shape of the draft's data with its wording widened to `string`, so the data file of any
 * language fits; answer values and source ids keep their exact types.
 */
type Wording<T> = T extends string ? string : {readonly [K in keyof T]: K extends 'value' | 'sources' | 'hintSources' ? T[K] : Wording<T[K]>};

export type Surface = AnswerValue<'surface'>;
export type Color = AnswerValue<'color'>;
export type Width = AnswerValue<'width'>;
export type Stretch = AnswerValue<'stretch'>;

/** What the reader has chosen so far. Answers to questions that are not asked are ignored. */
export interface Answers {
  surface?: Surface;
  color?: Color;
  width?: Width;
  stretch?: Stretch;
}

export type Confidence = 'likely' | 'possible';

export interface Suggestion {
  type: ResultType;
  /** Guide page path, e.g. "/docs/scarring/atrophic-scar-types". */
  page: string;
  /** Heading id on that page, without "#". */
  anchor?: string;
  /** Text of the link to page#anchor. */
  linkText: string;
  /** Sentences that combine the reader's answers with what the sources say. */
  reasons: string[];
  confidence: Confidence;
  /** Bibliography ids behind the reasons and the name, in first-use order, without repeats. */
  sources: FinderSourceId[];
}

/** The questions asked for these answers, in order: the first always, the rest by its answer. */
export function askedQuestions(answers: Answers): QuestionId[] {
  switch (answers.surface) {
    case 'flat':
      return ['surface', 'color'];
    case 'sunken':
      return ['surface', 'width', 'stretch'];
    default:
      return ['surface'];
  }
}

/** Asked questions that have no answer yet. */
export function missingQuestions(answers: Answers): QuestionId[] {
  return askedQuestions(answers).filter((id) => answers[id] === undefined);
}

/** Keeps only the answers to questions that are asked (used when the first answer changes). */
export function pruneAnswers(answers: Answers): Answers {
  const asked = new Set(askedQuestions(answers));
  const kept: Answers = {};
  if (answers.surface !== undefined) kept.surface = answers.surface;
  if (asked.has('color') && answers.color !== undefined) kept.color = answers.color;
  if (asked.has('width') && answers.width !== undefined) kept.width = answers.width;
  if (asked.has('stretch') && answers.stretch !== undefined) kept.stretch = answers.stretch;
  return kept;
}

/** Collects reason sentences and their sources. */
/**
 * Frames of the sentences that repeat an answer: "You said it is flat and <said>: <fact>". The data
 * file's `said` and `fact` pieces are written to fit these frames in its own language.
 */
function saidFrames() {
  return {
    raised: (values: SaidValues) => translate({id: 'scaratlas.finder.said.raised', message: 'You said it is {said}: {fact}'}, values),
    flat: (values: SaidValues) => translate({id: 'scaratlas.finder.said.flat', message: 'You said it is flat and {said}: {fact}'}, values),
    flatUnsure: (values: SaidValues) =>
      translate({id: 'scaratlas.finder.said.flatUnsure', message: 'You said it is flat but you are {said}: {fact}'}, values),
    sunken: (values: SaidValues) => translate({id: 'scaratlas.finder.said.sunken', message: 'You said it is sunken and {said}: {fact}'}, values),
    sunkenUnsure: (values: SaidValues) =>
      translate({id: 'scaratlas.finder.said.sunkenUnsure', message: 'You said it is sunken but you are {said}: {fact}'}, values),
  } as const;
}

type SaidValues = {said: string; fact: string};
type SaidFrame = keyof ReturnType<typeof saidFrames>;

class Reasons {
  readonly lines: string[] = [];
  readonly sources: FinderSourceId[] = [];

  add(text: string, sources: readonly FinderSourceId[]): this {
    this.lines.push(text);
    this.cite(sources);
    return this;
  }

  addText(item: SourcedText): this {
    return this.add(item.text, item.sources);
  }

  /** A sentence that repeats the reader's answer (`said`) and gives the matching fact: `frame` fills them in. */
  said(frame: SaidFrame, part: {said: string; fact: SourcedText}): this {
    return this.add(saidFrames()[frame]({said: part.said, fact: part.fact.text}), part.fact.sources);
  }

  cite(sources: readonly FinderSourceId[]): this {
    for (const id of sources) if (!this.sources.includes(id)) this.sources.push(id);
    return this;
  }
}

function result(finder: FinderData, type: ResultType, target: FinderTarget, confidence: Confidence, reasons: Reasons): Suggestion {
  reasons.cite(finder.finderResults[type].sources);
  const suggestion: Suggestion = {
    type,
    page: target.page,
    linkText: target.linkText,
    reasons: reasons.lines,
    confidence,
    sources: reasons.sources,
  };
  if (target.anchor !== undefined) suggestion.anchor = target.anchor;
  return suggestion;
}

function unsure(finder: FinderData, why: keyof FinderData['unsureTargets'], reasons: Reasons): Suggestion {
  reasons.addText(finder.finderText.seeClinician);
  return result(finder, 'unsure', finder.unsureTargets[why], 'possible', reasons);
}

const widthType = {narrow: 'icepick', small: 'boxcar', wide: 'rolling'} as const;
/** The type a narrow or small width fits, as the data's `mixed` sentence puts it in place of {width}. */
function widthArticle(width: 'narrow' | 'small'): string {
  return width === 'narrow'
    ? translate({id: 'scaratlas.finder.mixed.narrow', message: 'an icepick', description: 'Replaces {width} in the data file\'s "mixed" sentence'})
    : translate({id: 'scaratlas.finder.mixed.small', message: 'a boxcar', description: 'Replaces {width} in the data file\'s "mixed" sentence'});
}

/**
 * What the answers suggest, or null while an asked question is unanswered.
 *
 * - raised -> hypertrophic/keloid; flat + brown -> PIH; flat + pink/red/purple -> PIE (all "likely").
 * - sunken: the width picks icepick (under 2 mm), boxcar (1.5-4 mm, sharp edges) or rolling (over
 *   about 4-5 mm). The stretch answer is only a hint (no source on our list):
 *     wide + flattens -> rolling, likely;   wide + stays the same -> rolling, possible;
 *     narrow/small + stays the same -> icepick/boxcar, likely;
 *     narrow/small + flattens -> unsure (the width and the hint disagree);
 *     stretch "not sure" -> the width's type, possible.
 * - any "not sure" answer that leaves the type open -> unsure, with advice to see a clinician.
 */
export function suggest(answers: Answers, finder: FinderData): Suggestion | null {
  if (missingQuestions(answers).length > 0) return null;
  const {finderTargets, finderText} = finder;
  const reasons = new Reasons();

  switch (answers.surface) {
    case 'raised':
      reasons.said('raised', finderText.raised).addText(finderText.raisedRarer);
      return result(finder, 'hypertrophic', finderTargets.hypertrophic, 'likely', reasons);

    case 'flat':
      if (answers.color === 'brown') {
        reasons.said('flat', finderText.brown).addText(finderText.flatNotScar).addText(finderText.pihSkinTone);
        return result(finder, 'pih', finderTargets.pih, 'likely', reasons);
      }
      if (answers.color === 'red') {
        reasons.said('flat', finderText.red).addText(finderText.flatNotScar).addText(finderText.pieSkinTone);
        return result(finder, 'pie', finderTargets.pie, 'likely', reasons);
      }
      reasons.said('flatUnsure', finderText.colorUnsure);
      return unsure(finder, 'color', reasons);

    case 'sunken': {
      const {width, stretch} = answers;
      if (width === undefined || width === 'unsure') {
        reasons.said('sunkenUnsure', finderText.widthUnsure);
        return unsure(finder, 'width', reasons);
      }
      reasons.said('sunken', finderText[width]);
      const type = widthType[width];
      if (stretch === 'flattens') {
        reasons.addText(finderText.stretchFlattens);
        if (width === 'wide') return result(finder, type, finderTargets[type], 'likely', reasons);
        reasons.add(finderText.mixed.text.replace('{width}', widthArticle(width)), finderText.mixed.sources);
        return unsure(finder, 'mixed', reasons);
      }
      if (stretch === 'same') {
        reasons.addText(finderText.stretchSame);
        return result(finder, type, finderTargets[type], width === 'wide' ? 'possible' : 'likely', reasons);
      }
      reasons.addText(finderText.stretchUnsure);
      return result(finder, type, finderTargets[type], 'possible', reasons);
    }

    default:
      reasons.addText(finderText.surfaceUnsure);
      return unsure(finder, 'surface', reasons);
  }
}

/** Link target of a suggestion: "/docs/page#anchor" or "/docs/page". */
export function suggestionHref(suggestion: Pick<Suggestion, 'page' | 'anchor'>): string {
  return suggestion.anchor ? `${suggestion.page}#${suggestion.anchor}` : suggestion.page;
}

/** Narrow an unknown form value to an answer of one question (undefined when it is not one). */
export function parseAnswer<Q extends QuestionId>(
  options: readonly {value: string}[],
  value: string,
): AnswerValue<Q> | undefined {
  return options.some((option) => option.value === value) ? (value as AnswerValue<Q>) : undefined;
}
