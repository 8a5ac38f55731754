/**
 * Session planner logic: pure functions, no React or DOM.
 *
 * Dates are calendar days written as ISO strings ("2027-01-06"); their arithmetic and wording are
 * in src/utils/isoDay.ts. Messages are in the page's language (translate(): i18n/<locale>/code.json).
 */
import {translate} from '@docusaurus/Translate';
import type {SessionPlanLimits} from '@site/docs/_data/session-plan';
import {DAY_MS, isoDayFromUtcMs, parseIsoDay} from '@site/src/utils/isoDay';

export type PlanField = 'start' | 'intervalWeeks' | 'sessions';

/** What the form holds: raw text from the inputs (a number input's value is a string). */
export interface PlanInput {
  start: string;
  intervalWeeks: string | number;
  sessions: string | number;
}

export interface PlanError {
  field: PlanField;
  message: string;
}

export interface ValidationResult {
  ok: boolean;
  errors: PlanError[];
}

export interface PlanRequest {
  /** First session, ISO date "YYYY-MM-DD". */
  start: string;
  intervalWeeks: number;
  sessions: number;
}

/** The suggested session dates: the first date, then one every `intervalWeeks` weeks. */
export function planSessions({start, intervalWeeks, sessions}: PlanRequest): string[] {
  const first = parseIsoDay(start);
  if (first === null) throw new RangeError(`Not a real date: "${start}"`);
  if (!Number.isInteger(intervalWeeks) || intervalWeeks < 1) throw new RangeError(`Bad interval: ${intervalWeeks}`);
  if (!Number.isInteger(sessions) || sessions < 1) throw new RangeError(`Bad number of sessions: ${sessions}`);
  return Array.from({length: sessions}, (_, index) => isoDayFromUtcMs(first + index * intervalWeeks * 7 * DAY_MS));
}

type NumberCheck = {kind: 'empty'} | {kind: 'not-whole'} | {kind: 'ok'; value: number};

function readWholeNumber(raw: string | number): NumberCheck {
  const text = typeof raw === 'number' ? String(raw) : raw.trim();
  if (text === '') return {kind: 'empty'};
  // Plain decimal notation only: no "0x4", "4e0" or "Infinity".
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) return {kind: 'not-whole'};
  const value = Number(text);
  if (!Number.isFinite(value) || !Number.isInteger(value)) return {kind: 'not-whole'};
  return {kind: 'ok', value};
}

/** The planner's messages; the ranges come from the limits of the page's own edition. */
export function plannerMessages({minIntervalWeeks, maxIntervalWeeks, minSessions, maxSessions}: SessionPlanLimits) {
  const intervals = {minIntervalWeeks, maxIntervalWeeks};
  const sessions = {minSessions, maxSessions};
  return {
    startEmpty: translate({id: 'scaratlas.planner.error.startEmpty', message: 'Enter the date of your first session.'}),
    startNotReal: translate({id: 'scaratlas.planner.error.startNotReal', message: 'This is not a real date. Check the day, month and year.'}),
    startPast: translate({id: 'scaratlas.planner.error.startPast', message: 'This date is in the past. Choose today or a later date.'}),
    intervalEmpty: translate({id: 'scaratlas.planner.error.intervalEmpty', message: 'Enter the number of weeks between sessions.'}),
    intervalNotWhole: translate(
      {id: 'scaratlas.planner.error.intervalNotWhole', message: 'Enter a whole number of weeks, from {minIntervalWeeks} to {maxIntervalWeeks}.'},
      intervals,
    ),
    intervalRange: translate(
      {
        id: 'scaratlas.planner.error.intervalRange',
        message: 'Studies used intervals from {minIntervalWeeks} to {maxIntervalWeeks} weeks; ask your clinician about anything else.',
      },
      intervals,
    ),
    sessionsEmpty: translate({id: 'scaratlas.planner.error.sessionsEmpty', message: 'Enter the number of sessions.'}),
    sessionsNotWhole: translate(
      {id: 'scaratlas.planner.error.sessionsNotWhole', message: 'Enter a whole number of sessions, from {minSessions} to {maxSessions}.'},
      sessions,
    ),
    sessionsRange: translate(
      {id: 'scaratlas.planner.error.sessionsRange', message: 'Studies used {minSessions} to {maxSessions} sessions; ask your clinician about anything else.'},
      sessions,
    ),
  } as const;
}

/**
 * Checks the form. `today` is the reader's current date as an ISO day; a first session before it is an
 * error (today itself is allowed). At most one error per field, in field order.
 */
export function validate(input: PlanInput, today: string, limits: SessionPlanLimits): ValidationResult {
  const {minIntervalWeeks, maxIntervalWeeks, minSessions, maxSessions} = limits;
  const messages = plannerMessages(limits);
  const errors: PlanError[] = [];

  const start = input.start.trim();
  if (start === '') {
    errors.push({field: 'start', message: messages.startEmpty});
  } else if (parseIsoDay(start) === null) {
    errors.push({field: 'start', message: messages.startNotReal});
  } else if (start < today) {
    // Both are zero-padded "YYYY-MM-DD", so text order is date order.
    errors.push({field: 'start', message: messages.startPast});
  }

  const interval = readWholeNumber(input.intervalWeeks);
  if (interval.kind === 'empty') {
    errors.push({field: 'intervalWeeks', message: messages.intervalEmpty});
  } else if (interval.kind === 'not-whole') {
    errors.push({field: 'intervalWeeks', message: messages.intervalNotWhole});
  } else if (interval.value < minIntervalWeeks || interval.value > maxIntervalWeeks) {
    errors.push({field: 'intervalWeeks', message: messages.intervalRange});
  }

  const sessions = readWholeNumber(input.sessions);
  if (sessions.kind === 'empty') {
    errors.push({field: 'sessions', message: messages.sessionsEmpty});
  } else if (sessions.kind === 'not-whole') {
    errors.push({field: 'sessions', message: messages.sessionsNotWhole});
  } else if (sessions.value < minSessions || sessions.value > maxSessions) {
    errors.push({field: 'sessions', message: messages.sessionsRange});
  }

  return {ok: errors.length === 0, errors};
}

/** The plan for valid input, or null while anything is wrong. */
export function planFromInput(input: PlanInput, today: string, limits: SessionPlanLimits): string[] | null {
  if (!validate(input, today, limits).ok) return null;
  return planSessions({start: input.start.trim(), intervalWeeks: Number(input.intervalWeeks), sessions: Number(input.sessions)});
}
