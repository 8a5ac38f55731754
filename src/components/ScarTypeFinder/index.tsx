import {useId, useRef, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import type {QuestionId} from '@site/docs/_data/scar-finder';
import {
  askedQuestions,
  missingQuestions,
  parseAnswer,
  pruneAnswers,
  suggest,
  suggestionHref,
  type Answers,
  type FinderData,
  type Suggestion,
} from './logic';
import Cite, {refsOf, type Citations} from '@site/src/components/Cite';
import styles from './styles.module.css';

/** Short names of the questions, for the "still to answer" line. */
function questionTopic(question: QuestionId): string {
  switch (question) {
    case 'surface':
      return translate({id: 'scaratlas.finder.topic.surface', message: 'raised, sunken or flat'});
    case 'color':
      return translate({id: 'scaratlas.finder.topic.color', message: 'its color'});
    case 'width':
      return translate({id: 'scaratlas.finder.topic.width', message: 'how wide it is'});
    case 'stretch':
      return translate({id: 'scaratlas.finder.topic.stretch', message: 'what happens when you stretch the skin'});
  }
}

function confidenceLabel(confidence: Suggestion['confidence']): string {
  return confidence === 'likely'
    ? translate({id: 'scaratlas.finder.confidence.likely', message: 'Likely match'})
    : translate({id: 'scaratlas.finder.confidence.possible', message: 'Possible match'});
}

/**
 * Scar-type finder for patients: a few radio-button questions about one mark, then a suggested
 * scar or mark type with the reasons, its sources and a link to the guide page. Nothing is stored
 * (answers about someone's skin are not worth keeping in the browser). Headings start at h3.
 * Its wording and sources are the page's own edition's (`<ScarTypeFinder {...finder} />`).
 */
export type ScarTypeFinderProps = FinderData & {
  /** The page's numbers for the finder's sources (set by the citations plugin). */
  citations: Citations;
};

export default function ScarTypeFinder(finder: ScarTypeFinderProps): ReactNode {
  const {finderIntro, finderQuestions, finderReminder} = finder;
  const [answers, setAnswers] = useState<Answers>({});
  const baseId = useId();
  const firstInput = useRef<HTMLInputElement>(null);
  const asked = askedQuestions(answers);
  const suggestion = suggest(answers, finder);
  const missing = missingQuestions(answers);

  function choose<Q extends QuestionId>(question: Q, value: string): void {
    const answer = parseAnswer<Q>(finderQuestions[question].options, value);
    if (answer === undefined) return;
    setAnswers((previous) => pruneAnswers({...previous, [question]: answer}));
  }

  function startAgain(): void {
    setAnswers({});
    firstInput.current?.focus();
  }

  return (
    <div className={styles.finder}>
      <p className={styles.intro}>{finderIntro}</p>
      <div className={styles.questions}>
        {asked.map((question, index) => {
          const data = finderQuestions[question];
          const name = `${baseId}-${question}`;
          const hintId = `${name}-hint`;
          return (
            <fieldset key={question} className={styles.question} aria-describedby={hintId}>
              <legend className={styles.legend}>
                <span className={styles.number}>{index + 1}.</span> {data.legend}
              </legend>
              <p id={hintId} className={styles.hint}>
                {data.hint}
              </p>
              <div className={styles.options}>
                {data.options.map((option, optionIndex) => (
                  <label key={option.value} className={styles.option}>
                    <input
                      ref={question === 'surface' && optionIndex === 0 ? firstInput : undefined}
                      type="radio"
                      name={name}
                      value={option.value}
                      checked={answers[question] === option.value}
                      onChange={(event) => choose(question, event.currentTarget.value)}
                    />
                    <span>{option.label}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          );
        })}
      </div>

      <section className={styles.result} aria-live="polite" aria-labelledby={`${baseId}-result`}>
        <h3 id={`${baseId}-result`} className={styles.resultHeading}>
          <Translate id="scaratlas.finder.resultHeading">What your answers suggest</Translate>
        </h3>
        {suggestion ? (
          <SuggestionView suggestion={suggestion} finder={finder} />
        ) : (
          <p className={styles.waiting}>
            {answers.surface === undefined
              ? translate({id: 'scaratlas.finder.waiting', message: 'Answer the questions above to see a suggestion.'})
              : translate({id: 'scaratlas.finder.stillToAnswer', message: 'Still to answer: {topics}.'}, {topics: missing.map(questionTopic).join('; ')})}
          </p>
        )}
        <p className={styles.reminder}>
          <strong>
            <Translate id="scaratlas.finder.remember">Remember:</Translate>
          </strong>{' '}
          {finderReminder.text}
        </p>
      </section>

      <div className={styles.actions}>
        <button type="button" className={styles.reset} onClick={startAgain}>
          <Translate id="scaratlas.finder.startAgain">Start again</Translate>
        </button>
      </div>
    </div>
  );
}

function SuggestionView({suggestion, finder}: {suggestion: Suggestion; finder: ScarTypeFinderProps}): ReactNode {
  const isUnsure = suggestion.type === 'unsure';
  return (
    <>
      <p className={styles.match}>
        {!isUnsure && <span className={styles.confidence}>{confidenceLabel(suggestion.confidence)}: </span>}
        <strong>{finder.finderResults[suggestion.type].name}</strong>
      </p>
      <p className={styles.why}>
        <Translate id="scaratlas.finder.why">Why this suggestion:</Translate>
      </p>
      <ul className={styles.reasons}>
        {suggestion.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <p>
        <Link to={suggestionHref(suggestion)}>{suggestion.linkText}</Link>
      </p>
      {suggestion.sources.length > 0 && (
        <p className={styles.sources}>
          <Translate id="scaratlas.finder.sources">Sources:</Translate> <Cite id={suggestion.sources.join(',')} refs={refsOf(suggestion.sources, finder.citations, 'ScarTypeFinder')} />
        </p>
      )}
    </>
  );
}
