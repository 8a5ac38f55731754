import {useId, useRef, useState, type ChangeEvent, type ReactNode} from 'react';
import type {Claim, RecoveryPhase, RecoveryTimelineData} from '@site/docs/_data/recovery-timeline';
import Translate, {translate} from '@docusaurus/Translate';
import Cite, {refsOf, type Citations} from '@site/src/components/Cite';
import {MAX_DAY, dayMessages, parseDay, phaseForDay, type ParsedDay} from './logic';
import styles from './styles.module.css';

/**
 * The timeline module of the page's own edition (`_data/recovery-timeline.ts` beside the page's
 * edition, spread into the props: `<RecoveryTimeline {...timeline} />`), so a published edition
 * keeps showing the timeline it was published with.
 */
export interface RecoveryTimelineProps {
  recoveryTimeline: RecoveryTimelineData;
  unsourcedLabel: string;
  /** The page's numbers for the timeline's sources (set by the citations plugin). */
  citations: Citations;
}

/** Anchor of a phase on the page; prefixed so it cannot clash with the page's own heading ids. */
export function phaseAnchor(phase: Pick<RecoveryPhase, 'id'>): string {
  return `recovery-${phase.id}`;
}

/**
 * The aftercare phases as a vertical timeline: per phase what is normal, when to call the clinic and
 * how to care for the skin, each claim with its sources. An optional day input marks the visitor's
 * current phase.
 *
 * The day is deliberately not saved in localStorage: "day 3" is wrong tomorrow, and a saved treatment
 * date would be health information left on a shared device. Nothing is stored, so no Reset is needed.
 */
export default function RecoveryTimeline({recoveryTimeline: data, unsourcedLabel, citations}: RecoveryTimelineProps): ReactNode {
  const sources = sourcesLine(citations, unsourcedLabel);
  const id = useId();
  const inputId = `${id}-day`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const inputRef = useRef<HTMLInputElement>(null);

  // The raw text, so the visitor sees exactly what they typed. Empty on the server and first render.
  const [raw, setRaw] = useState('');
  // A number input reports letters as an empty value plus validity.badInput: keep that apart from "empty".
  const [badInput, setBadInput] = useState(false);

  const parsed: ParsedDay | undefined = badInput
    ? {ok: false, message: dayMessages().notANumber}
    : raw.trim() === ''
      ? undefined // nothing typed: no message, no highlight
      : parseDay(raw);
  const error = parsed && !parsed.ok ? parsed.message : undefined;
  const day = parsed?.ok ? parsed.day : undefined;
  const current = day === undefined ? undefined : phaseForDay(day, data.phases);

  function onChange(event: ChangeEvent<HTMLInputElement>): void {
    setRaw(event.currentTarget.value);
    setBadInput(event.currentTarget.validity?.badInput === true);
  }

  function clear(): void {
    setRaw('');
    setBadInput(false);
    inputRef.current?.focus();
  }

  return (
    <div className={styles.tool}>
      {/* How long effects last and why the care steps are untested is said once, in the page's own
          text above the timeline (with its numbered citations), not again here. */}
      <p className={styles.emergency}>
        <strong className={styles.emergencyLabel}>
          <WarningIcon /> <Translate id="scaratlas.timeline.emergency">Emergency:</Translate>
        </strong>{' '}
        {data.emergency.text} {sources(data.emergency)}
      </p>

      <div className={styles.picker}>
        <label htmlFor={inputId} className={styles.label}>
          <Translate id="scaratlas.timeline.dayLabel">What day is it for you?</Translate>
        </label>
        <p id={hintId} className={styles.hint}>
          <Translate id="scaratlas.timeline.dayHint" values={{maxDay: MAX_DAY}}>
            {'Optional. Count the day of your treatment as day 0. Enter a whole number from 0 to {maxDay}.'}
          </Translate>
        </p>
        <div className={styles.inputRow}>
          <input
            ref={inputRef}
            id={inputId}
            className={styles.input}
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_DAY}
            step={1}
            value={raw}
            onChange={onChange}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          />
          <button type="button" className={styles.button} onClick={clear}>
            <Translate id="scaratlas.timeline.clear">Clear</Translate>
          </button>
        </div>
        {error && (
          <p id={errorId} role="alert" className={styles.error}>
            {error}
          </p>
        )}
        <p className={styles.status} aria-live="polite">
          {current && day !== undefined && (
            <>
              <Translate id="scaratlas.timeline.dayStatus" values={{day, phase: current.label}}>
                {'Day {day} is in “{phase}”. It is marked “You are here” below.'}
              </Translate>{' '}
              <a href={`#${phaseAnchor(current)}`}>
                <Translate id="scaratlas.timeline.goTo" values={{phase: current.label}}>
                  {'Go to {phase}'}
                </Translate>
              </a>
            </>
          )}
        </p>
      </div>

      <ol className={styles.timeline} aria-label={translate({id: 'scaratlas.timeline.phasesLabel', message: 'Recovery phases, in order'})}>
        {data.phases.map((phase) => {
          const isCurrent = phase === current;
          return (
            <li
              key={phase.id}
              id={phaseAnchor(phase)}
              className={isCurrent ? `${styles.phase} ${styles.current}` : styles.phase}
              aria-current={isCurrent ? 'step' : undefined}
            >
              <h3 className={styles.phaseTitle}>{phase.label}</h3>
              {isCurrent && (
                <p className={styles.here}>
                  <span aria-hidden="true">➜ </span>
                  <Translate id="scaratlas.timeline.here" values={{day}}>
                    {'You are here (day {day})'}
                  </Translate>
                </p>
              )}

              <h4 className={styles.groupTitle}>
                <Translate id="scaratlas.timeline.normal">What is normal</Translate>
              </h4>
              <ClaimList claims={phase.normal} sources={sources} />

              <div className={styles.callClinic}>
                <h4 className={styles.groupTitle}>
                  <WarningIcon /> <Translate id="scaratlas.timeline.callClinic">Call your clinic if</Translate>
                </h4>
                <ClaimList claims={phase.callClinic} sources={sources} />
              </div>

              <h4 className={styles.groupTitle}>
                <Translate id="scaratlas.timeline.care">Care</Translate>
              </h4>
              <ClaimList claims={phase.care} sources={sources} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}

type SourcesLine = (claim: Claim) => ReactNode;

function ClaimList({claims, sources}: {claims: readonly Claim[]; sources: SourcesLine}): ReactNode {
  return (
    <ul className={styles.claims}>
      {claims.map((claim) => (
        <li key={claim.text}>
          {claim.text} {sources(claim)}
        </li>
      ))}
    </ul>
  );
}

/** The claim's numbered citations ([2, 5], linking to the page's references), or the unsourced label. */
function sourcesLine(citations: Citations, unsourcedLabel: string): SourcesLine {
  return (claim) =>
    claim.sources.length === 0 ? (
      <span className={`${styles.meta} ${styles.unsourced}`}>{unsourcedLabel}</span>
    ) : (
      <Cite id={claim.sources.join(',')} refs={refsOf(claim.sources, citations, 'RecoveryTimeline')} />
    );
}

/** A warning triangle; decorative, because the text beside it always says what it means. */
function WarningIcon(): ReactNode {
  return (
    <svg className={styles.icon} viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d="M12 2 1 21h22L12 2z" fill="currentColor" />
      <path d="M11 9h2v6h-2zm0 8h2v2h-2z" className={styles.iconMark} />
    </svg>
  );
}
