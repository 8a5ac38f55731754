import {useEffect, useId, useState, type ChangeEvent, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import type {SessionPlanLimits} from '@site/docs/_data/session-plan';
import {ICS_MIME_TYPE, toIcs} from './ics';
import {formatLongDate, todayIso} from '@site/src/utils/isoDay';
import {useSiteLocale} from '@site/src/utils/useSiteLocale';
import {planFromInput, validate, type PlanField, type PlanInput} from './logic';
import Cite, {refsOf, type Citations} from '@site/src/components/Cite';
import styles from './styles.module.css';

/**
 * The session-plan module of the page's own edition (`_data/session-plan.ts`, spread into the props:
 * `<SessionPlanner {...plan} />`), so a published edition keeps the limits it was published with.
 */
type PlanNote = {readonly text: string; readonly sources: readonly string[]};

export interface SessionPlannerProps {
  sessionPlanLimits: SessionPlanLimits;
  sessionPlanNotes: {readonly clinicianSetsPlan: PlanNote; readonly bestIntervalUnknown: PlanNote};
  /** The page's numbers for the planner's sources (set by the citations plugin). */
  citations: Citations;
  /**
   * Today's date as "YYYY-MM-DD", for tests. When absent, the planner reads the reader's own date in the
   * browser after the first render (never on the server), and shows no dates until then.
   */
  today?: string;
}

/** Title, description and file name of the calendar events, in the page's language. */
function calendarText() {
  return {
    title: translate({id: 'scaratlas.planner.ics.title', message: 'Microneedling session'}),
    description: translate({
      id: 'scaratlas.planner.ics.description',
      message: 'Suggested date from the ScarAtlas session planner. Your clinic sets the real dates, so please confirm with them.',
    }),
    // ICS_FILE_NAME in English.
    fileName: translate({id: 'scaratlas.planner.ics.fileName', message: 'microneedling-sessions.ics'}),
  };
}

/** "3 sessions, 4 weeks apart. The last one would be on <date>." */
function planSummary(sessions: number, weeks: number, lastDate: string): string {
  const sessionCount =
    sessions === 1
      ? translate({id: 'scaratlas.planner.summary.sessions.one', message: '{count} session'}, {count: sessions})
      : translate({id: 'scaratlas.planner.summary.sessions.other', message: '{count} sessions'}, {count: sessions});
  const weekCount =
    weeks === 1
      ? translate({id: 'scaratlas.planner.summary.weeks.one', message: '{count} week'}, {count: weeks})
      : translate({id: 'scaratlas.planner.summary.weeks.other', message: '{count} weeks'}, {count: weeks});
  return translate(
    {id: 'scaratlas.planner.summary', message: '{sessions}, {weeks} apart. The last one would be on {date}.'},
    {sessions: sessionCount, weeks: weekCount, date: lastDate},
  );
}

const emptyInput: PlanInput = {start: '', intervalWeeks: '', sessions: ''};

/** Download a text file. Browser only: call from an event handler. */
function downloadIcs(text: string, fileName: string): void {
  const blob = new Blob([text], {type: ICS_MIME_TYPE});
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers start the download after click() returns: free the URL a little later.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Session planner for patients: from a first date, an interval in weeks and a number of sessions, lists
 * suggested dates and offers them as a calendar file. Nothing is stored or sent anywhere.
 */
export default function SessionPlanner({sessionPlanLimits, sessionPlanNotes, citations, today: injectedToday}: SessionPlannerProps): ReactNode {
  const {minIntervalWeeks, maxIntervalWeeks, minSessions, maxSessions} = sessionPlanLimits;
  const id = useId();
  const locale = useSiteLocale();
  const [input, setInput] = useState<PlanInput>(emptyInput);
  const [touched, setTouched] = useState<Record<PlanField, boolean>>({start: false, intervalWeeks: false, sessions: false});
  const [browserToday, setBrowserToday] = useState<string | null>(null);

  useEffect(() => {
    if (injectedToday === undefined) setBrowserToday(todayIso(new Date()));
  }, [injectedToday]);

  const today = injectedToday ?? browserToday;
  // Before today is known (server render and first client render) only the "past date" check is skipped;
  // no dates are shown until it is known.
  const {errors} = validate(input, today ?? '0000-01-01', sessionPlanLimits);
  const plan = today === null ? null : planFromInput(input, today, sessionPlanLimits);

  const errorFor = (field: PlanField): string | undefined =>
    touched[field] ? errors.find((error) => error.field === field)?.message : undefined;

  const update = (field: PlanField) => (event: ChangeEvent<HTMLInputElement>) => {
    const {value} = event.target;
    setInput((previous) => ({...previous, [field]: value}));
    setTouched((previous) => ({...previous, [field]: true}));
  };
  const touch = (field: PlanField) => () => setTouched((previous) => ({...previous, [field]: true}));

  const handleDownload = () => {
    if (!plan) return;
    const {title, description, fileName} = calendarText();
    downloadIcs(toIcs(plan, {title, description}), fileName);
  };

  const fields: {field: PlanField; label: string; hint: string; type: 'date' | 'number'; min?: number | string; max?: number}[] = [
    {
      field: 'start',
      label: translate({id: 'scaratlas.planner.start.label', message: 'Date of your first session'}),
      hint: translate({id: 'scaratlas.planner.start.hint', message: 'The date your clinic booked or suggested.'}),
      type: 'date',
      // Lets date pickers gray out past days once the browser has told us today's date.
      min: today ?? undefined,
    },
    {
      field: 'intervalWeeks',
      label: translate({id: 'scaratlas.planner.interval.label', message: 'Weeks between sessions'}),
      hint: translate(
        {id: 'scaratlas.planner.interval.hint', message: 'A whole number from {minIntervalWeeks} to {maxIntervalWeeks}. Use the number your clinic gave you.'},
        {minIntervalWeeks, maxIntervalWeeks},
      ),
      type: 'number',
      min: minIntervalWeeks,
      max: maxIntervalWeeks,
    },
    {
      field: 'sessions',
      label: translate({id: 'scaratlas.planner.sessions.label', message: 'Number of sessions'}),
      hint: translate(
        {id: 'scaratlas.planner.sessions.hint', message: 'A whole number from {minSessions} to {maxSessions}. Use the number your clinic gave you.'},
        {minSessions, maxSessions},
      ),
      type: 'number',
      min: minSessions,
      max: maxSessions,
    },
  ];

  const last = plan?.[plan.length - 1];
  const anyError = (Object.keys(touched) as PlanField[]).some((field) => errorFor(field) !== undefined);

  return (
    <div className={styles.planner}>
      <p className={styles.note}>
        {[sessionPlanNotes.clinicianSetsPlan, sessionPlanNotes.bestIntervalUnknown].map((note) => (
          <span key={note.text}>
            {note.text}
            {note.sources.length > 0 && <Cite id={note.sources.join(',')} refs={refsOf(note.sources, citations, 'SessionPlanner')} />}{' '}
          </span>
        ))}
      </p>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>
          <Translate id="scaratlas.planner.legend">Your treatment plan</Translate>
        </legend>
        {fields.map(({field, label, hint, type, min, max}) => {
          const inputId = `${id}-${field}`;
          const hintId = `${inputId}-hint`;
          const errorId = `${inputId}-error`;
          const error = errorFor(field);
          return (
            <div key={field} className={styles.field}>
              <label htmlFor={inputId} className={styles.label}>
                {label}
              </label>
              <p id={hintId} className={styles.hint}>
                {hint}
              </p>
              <input
                id={inputId}
                className={styles.input}
                type={type}
                name={field}
                value={input[field]}
                required
                min={min}
                max={max}
                step={type === 'number' ? 1 : undefined}
                inputMode={type === 'number' ? 'numeric' : undefined}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${errorId} ${hintId}` : hintId}
                onChange={update(field)}
                onBlur={touch(field)}
              />
              {error && (
                <p id={errorId} role="alert" className={styles.error}>
                  <span className={styles.errorPrefix}>{translate({id: 'scaratlas.planner.checkThis', message: 'Check this:'})} </span>
                  {error}
                </p>
              )}
            </div>
          );
        })}
      </fieldset>

      <section className={styles.result} aria-live="polite" aria-labelledby={`${id}-result-heading`}>
        <h3 id={`${id}-result-heading`} className={styles.resultHeading}>
          <Translate id="scaratlas.planner.resultHeading">Suggested dates</Translate>
        </h3>
        {plan && last ? (
          <>
            <p>{planSummary(plan.length, Number(input.intervalWeeks), formatLongDate(last, locale))}</p>
            <ol className={styles.dates}>
              {plan.map((date) => (
                <li key={date}>
                  <time dateTime={date}>{formatLongDate(date, locale)}</time>
                </li>
              ))}
            </ol>
            <p className={styles.hint}>
              <Translate id="scaratlas.planner.suggestionsOnly">These are suggestions only. Your clinic confirms the real dates.</Translate>
            </p>
            <button type="button" className={styles.button} onClick={handleDownload}>
              <Translate id="scaratlas.planner.download">Download calendar (.ics)</Translate>
            </button>
          </>
        ) : (
          <p className={styles.placeholder}>
            {anyError
              ? translate({id: 'scaratlas.planner.placeholder.fix', message: 'Fix the boxes marked "Check this" to see the dates.'})
              : translate({id: 'scaratlas.planner.placeholder.fill', message: 'Fill in all three boxes above to see the dates.'})}
          </p>
        )}
      </section>
    </div>
  );
}
