/**
 * Pure helpers for <RecoveryTimeline>: read the "What day is it for you?" input and find the phase
 * for a day. No React, DOM or Node APIs, so they test without a browser. Messages are in the page's
 * language (translate(): i18n/<locale>/code.json).
 */
import {translate} from '@docusaurus/Translate';

/** The part of a phase these helpers need: an inclusive day range, `toDay: null` = no end. */
export interface DayRange {
  readonly fromDay: number;
  readonly toDay: number | null;
}

export type ParsedDay = {ok: true; day: number} | {ok: false; message: string};

/** Days since treatment the input accepts: 0 (treatment day) to this number. */
export const MAX_DAY = 60;

/** What to tell the visitor for each kind of bad input. */
export function dayMessages(maxDay: number = MAX_DAY) {
  const values = {maxDay};
  return {
    empty: translate({id: 'scaratlas.timeline.error.empty', message: 'Enter the number of days since your treatment, from 0 to {maxDay}.'}, values),
    notANumber: translate({id: 'scaratlas.timeline.error.notANumber', message: 'Enter the day as a number, from 0 to {maxDay}.'}, values),
    negative: translate(
      {id: 'scaratlas.timeline.error.negative', message: 'A day cannot be below 0. Day 0 is the day of treatment. Enter a day from 0 to {maxDay}.'},
      values,
    ),
    fraction: translate({id: 'scaratlas.timeline.error.fraction', message: 'Use a whole number of days, from 0 to {maxDay}.'}, values),
    tooLarge: translate(
      {id: 'scaratlas.timeline.error.tooLarge', message: 'This guide covers days 0 to {maxDay}. Enter a day from 0 to {maxDay}, or ask your clinic.'},
      values,
    ),
  } as const;
}

/**
 * Reads what the visitor typed as a day since treatment. Only whole numbers from 0 to maxDay are
 * accepted; every other input gets a short message that says what to type instead.
 */
export function parseDay(input: string, maxDay: number = MAX_DAY): ParsedDay {
  const messages = dayMessages(maxDay);
  const text = input.trim();
  if (text === '') return {ok: false, message: messages.empty};
  // Only plain decimal notation: "1e1" or "0x10" are not what a patient means by a day.
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) return {ok: false, message: messages.notANumber};
  const value = Number(text);
  if (value < 0) return {ok: false, message: messages.negative};
  if (!Number.isInteger(value)) return {ok: false, message: messages.fraction};
  if (value > maxDay) return {ok: false, message: messages.tooLarge};
  // "+3", "03" and "3.0" are whole numbers written another way; "-0" is day 0, not minus zero.
  return {ok: true, day: value === 0 ? 0 : value};
}

/** The phase that contains `day`, or undefined (no match, negative or fractional day). */
export function phaseForDay<P extends DayRange>(day: number, phases: readonly P[]): P | undefined {
  if (!Number.isInteger(day) || day < 0) return undefined;
  return phases.find((phase) => day >= phase.fromDay && (phase.toDay === null || day <= phase.toDay));
}

/**
 * Problems with a list of phases: they must start at day 0, follow each other without gaps or
 * overlaps, and only the last may be open-ended. Returns an empty list when all is well.
 */
export function checkPhases(phases: readonly (DayRange & {readonly id: string})[]): string[] {
  const problems: string[] = [];
  if (phases.length === 0) return ['there are no phases'];
  if (phases[0]!.fromDay !== 0) problems.push(`"${phases[0]!.id}" should start at day 0`);
  phases.forEach((phase, index) => {
    if (phase.toDay !== null && phase.toDay < phase.fromDay) problems.push(`"${phase.id}" ends before it starts`);
    const next = phases[index + 1];
    if (!next) return;
    if (phase.toDay === null) problems.push(`"${phase.id}" has no end but is not the last phase`);
    else if (next.fromDay !== phase.toDay + 1) {
      problems.push(`"${next.id}" should start on day ${phase.toDay + 1}, the day after "${phase.id}" ends`);
    }
  });
  return problems;
}
