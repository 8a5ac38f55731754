import {sessionPlanLimits, sessionPlanStudies} from '@site/docs/_data/session-plan';
import {loadBibliography} from '@site/src/data/bibliography';
import {formatLongDate} from '@site/src/utils/isoDay';
import {plannerMessages, planFromInput as planWith, planSessions, validate as validateWith, type PlanInput} from './logic';

// The working draft's limits, as the results page passes them.
const messages = plannerMessages(sessionPlanLimits);
const validate = (input: PlanInput, today: string) => validateWith(input, today, sessionPlanLimits);
const planFromInput = (input: PlanInput, today: string) => planWith(input, today, sessionPlanLimits);

const TODAY = '2026-12-01';
const good: PlanInput = {start: '2027-01-06', intervalWeeks: '4', sessions: '3'};

describe('planSessions', () => {
  it('adds whole weeks from the first date', () => {
    expect(planSessions({start: '2027-01-06', intervalWeeks: 4, sessions: 3})).toEqual(['2027-01-06', '2027-02-03', '2027-03-03']);
  });

  it('crosses month and year ends', () => {
    expect(planSessions({start: '2026-12-16', intervalWeeks: 2, sessions: 4})).toEqual([
      '2026-12-16',
      '2026-12-30',
      '2027-01-13',
      '2027-01-27',
    ]);
    expect(planSessions({start: '2027-10-31', intervalWeeks: 6, sessions: 3})).toEqual(['2027-10-31', '2027-12-12', '2028-01-23']);
  });

  it('handles leap years: lands on 29 February 2028 and steps over it', () => {
    expect(planSessions({start: '2028-02-15', intervalWeeks: 2, sessions: 3})).toEqual(['2028-02-15', '2028-02-29', '2028-03-14']);
    expect(planSessions({start: '2028-02-29', intervalWeeks: 4, sessions: 2})).toEqual(['2028-02-29', '2028-03-28']);
    // 2027 is not a leap year: 14 February + 2 weeks is 28 February, + 4 weeks is 14 March.
    expect(planSessions({start: '2027-02-14', intervalWeeks: 2, sessions: 3})).toEqual(['2027-02-14', '2027-02-28', '2027-03-14']);
  });

  it('keeps the weekday across daylight-saving changes', () => {
    const dates = planSessions({start: '2027-03-10', intervalWeeks: 3, sessions: 6});
    expect(dates.map((date) => formatLongDate(date).split(' ')[0])).toEqual(Array(6).fill('Wednesday'));
    expect(dates.at(-1)).toBe('2027-06-23');
  });

  it('is not moved by the local time zone', () => {
    // The Date methods used are UTC-only; a local offset would show up as a day shift on these boundaries.
    expect(planSessions({start: '2027-01-01', intervalWeeks: 2, sessions: 2})).toEqual(['2027-01-01', '2027-01-15']);
  });

  it('refuses input that validate would reject', () => {
    expect(() => planSessions({start: '2027-02-30', intervalWeeks: 2, sessions: 2})).toThrow(RangeError);
    expect(() => planSessions({start: '2027-01-06', intervalWeeks: 2.5, sessions: 2})).toThrow(RangeError);
    expect(() => planSessions({start: '2027-01-06', intervalWeeks: 2, sessions: 0})).toThrow(RangeError);
  });
});

describe('validate', () => {
  const errorsFor = (input: Partial<PlanInput>) => validate({...good, ...input}, TODAY).errors;

  it('accepts a valid plan, including a first session today and the range limits', () => {
    expect(validate(good, TODAY)).toEqual({ok: true, errors: []});
    expect(validate({start: TODAY, intervalWeeks: '2', sessions: '2'}, TODAY).ok).toBe(true);
    expect(validate({start: TODAY, intervalWeeks: 6, sessions: 5}, TODAY).ok).toBe(true);
    expect(validate({start: ' 2027-01-06 ', intervalWeeks: ' 4 ', sessions: '4.0'}, TODAY).ok).toBe(true);
  });

  it.each([
    ['empty', '', messages.startEmpty],
    ['not a date', 'soon', messages.startNotReal],
    ['not a real day', '2027-02-30', messages.startNotReal],
    ['in the past', '2026-11-30', messages.startPast],
  ])('start date %s', (_name, start, message) => {
    expect(errorsFor({start})).toEqual([{field: 'start', message}]);
  });

  it.each([
    ['empty', '', messages.intervalEmpty],
    ['fractional', '2.5', messages.intervalNotWhole],
    ['not a number', 'four', messages.intervalNotWhole],
    ['in exponent form', '4e0', messages.intervalNotWhole],
    ['below the range', '1', messages.intervalRange],
    ['above the range', '7', messages.intervalRange],
    ['negative', '-3', messages.intervalRange],
    ['a fractional number', 3.5, messages.intervalNotWhole],
  ])('interval %s', (_name, intervalWeeks, message) => {
    expect(errorsFor({intervalWeeks})).toEqual([{field: 'intervalWeeks', message}]);
  });

  it('explains the interval range with the studies', () => {
    expect(messages.intervalRange).toBe('Studies used intervals from 2 to 6 weeks; ask your clinician about anything else.');
  });

  it.each([
    ['empty', '', messages.sessionsEmpty],
    ['fractional', '3.5', messages.sessionsNotWhole],
    ['below the range', '1', messages.sessionsRange],
    ['zero', '0', messages.sessionsRange],
    ['above the range', '6', messages.sessionsRange],
  ])('sessions %s', (_name, sessions, message) => {
    expect(errorsFor({sessions})).toEqual([{field: 'sessions', message}]);
  });

  it('reports every field at once, in field order', () => {
    expect(validate({start: '', intervalWeeks: '', sessions: ''}, TODAY)).toEqual({
      ok: false,
      errors: [
        {field: 'start', message: messages.startEmpty},
        {field: 'intervalWeeks', message: messages.intervalEmpty},
        {field: 'sessions', message: messages.sessionsEmpty},
      ],
    });
  });

  it('gives a plan only for valid input', () => {
    expect(planFromInput(good, TODAY)).toEqual(['2027-01-06', '2027-02-03', '2027-03-03']);
    expect(planFromInput({...good, sessions: '9'}, TODAY)).toBeNull();
  });
});

describe('session-plan data', () => {
  it('takes its range from the listed studies and cites only known sources', () => {
    const known = loadBibliography();
    for (const study of sessionPlanStudies) {
      expect(known.has(study.id)).toBe(true);
      for (const source of study.sources) expect(known.has(source)).toBe(true);
    }
    for (const source of sessionPlanLimits.sources) expect(known.has(source)).toBe(true);
    const intervals = sessionPlanStudies.flatMap((study) => (study.intervalWeeks === null ? [] : [study.intervalWeeks]));
    expect(Math.min(...intervals)).toBe(sessionPlanLimits.minIntervalWeeks);
    expect(Math.max(...intervals)).toBe(sessionPlanLimits.maxIntervalWeeks);
    expect(Math.min(...sessionPlanStudies.map((study) => study.sessions))).toBe(sessionPlanLimits.minSessions);
  });
});
