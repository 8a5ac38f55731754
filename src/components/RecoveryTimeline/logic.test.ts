import {loadBibliography} from '@site/src/data/bibliography';
import {
  recoveryPhases,
  recoveryTimeline,
  type Claim,
  type RecoveryPhase,
} from '@site/docs/_data/recovery-timeline';
import {MAX_DAY, checkPhases, dayMessages, parseDay, phaseForDay} from './logic';

describe('parseDay', () => {
  const messages = dayMessages();

  it.each([
    ['', messages.empty],
    ['   ', messages.empty],
    ['-1', messages.negative],
    ['-0.5', messages.negative],
    ['1.5', messages.fraction],
    ['61', messages.tooLarge],
    ['99999999999999999999', messages.tooLarge],
    ['abc', messages.notANumber],
    ['1e1', messages.notANumber],
    ['0x10', messages.notANumber],
    ['3 days', messages.notANumber],
  ])('rejects %j', (input, message) => {
    expect(parseDay(input)).toEqual({ok: false, message});
  });

  it.each([
    ['0', 0],
    ['7', 7],
    [' 7 ', 7],
    ['07', 7],
    ['+3', 3],
    ['3.0', 3],
    ['-0', 0],
    [String(MAX_DAY), MAX_DAY],
  ])('accepts %j as day %i', (input, day) => {
    expect(parseDay(input)).toEqual({ok: true, day});
  });

  it('returns plain 0 for "-0", not minus zero', () => {
    const result = parseDay('-0');
    expect(result.ok && Object.is(result.day, 0)).toBe(true);
  });

  it('gives messages that say what to type', () => {
    for (const message of Object.values(messages)) expect(message).toMatch(/0 to 60/);
  });

  it('accepts a different upper limit', () => {
    expect(parseDay('61', 90)).toEqual({ok: true, day: 61});
    expect(parseDay('91', 90)).toEqual({ok: false, message: dayMessages(90).tooLarge});
  });
});

describe('phaseForDay', () => {
  const ids = (day: number) => phaseForDay(day, recoveryPhases)?.id;

  it.each(recoveryPhases.map((phase, index) => [phase.id, phase, index] as const))(
    'finds "%s" on its first and last day, and its neighbors just outside',
    (_id, phase: RecoveryPhase, index) => {
      expect(ids(phase.fromDay)).toBe(phase.id);
      expect(ids(phase.fromDay - 1)).toBe(recoveryPhases[index - 1]?.id);
      if (phase.toDay === null) {
        expect(ids(MAX_DAY)).toBe(phase.id);
        expect(ids(10_000)).toBe(phase.id);
      } else {
        expect(ids(phase.toDay)).toBe(phase.id);
        expect(ids(phase.toDay + 1)).toBe(recoveryPhases[index + 1]?.id);
      }
    },
  );

  it('matches the page: day 0, days 1-3, days 4-7, then day 8 onwards', () => {
    expect([0, 1, 3, 4, 7, 8, 14, 60].map(ids)).toEqual([
      'day-0',
      'days-1-3',
      'days-1-3',
      'days-4-7',
      'days-4-7',
      'week-2-and-after',
      'week-2-and-after',
      'week-2-and-after',
    ]);
  });

  it('finds nothing for negative or fractional days, or when no phase covers the day', () => {
    expect(ids(-1)).toBeUndefined();
    expect(ids(1.5)).toBeUndefined();
    expect(ids(Number.NaN)).toBeUndefined();
    expect(phaseForDay(9, [{fromDay: 0, toDay: 3}])).toBeUndefined();
  });
});

describe('checkPhases', () => {
  it('finds no gaps or overlaps in the shared timeline', () => {
    expect(checkPhases(recoveryPhases)).toEqual([]);
  });

  it('reports a gap, an overlap, a late start and an open end in the middle', () => {
    expect(
      checkPhases([
        {id: 'a', fromDay: 1, toDay: 2},
        {id: 'b', fromDay: 4, toDay: 5},
        {id: 'c', fromDay: 5, toDay: null},
        {id: 'd', fromDay: 9, toDay: 8},
      ]),
    ).toEqual([
      '"a" should start at day 0',
      '"b" should start on day 3, the day after "a" ends',
      '"c" should start on day 6, the day after "b" ends',
      '"c" has no end but is not the last phase',
      '"d" ends before it starts',
    ]);
  });
});

describe('recovery timeline data and bibliography.yaml', () => {
  const entries = loadBibliography();

  const claims: {where: string; group: 'normal' | 'callClinic' | 'care' | 'note'; claim: Claim}[] = [
    {where: 'emergency', group: 'note', claim: recoveryTimeline.emergency},
    ...recoveryPhases.flatMap((phase) =>
      (['normal', 'callClinic', 'care'] as const).flatMap((group) =>
        phase[group].map((claim: Claim) => ({where: `${phase.id}.${group}`, group, claim})),
      ),
    ),
  ];

  it('cites only ids that exist in bibliography.yaml, each once per claim', () => {
    for (const {where, claim} of claims) {
      for (const id of claim.sources) expect({where, id, known: entries.has(id)}).toEqual({where, id, known: true});
      expect(new Set(claim.sources).size).toBe(claim.sources.length);
    }
  });

  it('gives every claim sources, or marks it as unsourced care advice (sources: [])', () => {
    for (const {where, group, claim} of claims) {
      const marked = group === 'care' && claim.sources.length === 0;
      expect({where, text: claim.text, ok: claim.sources.length > 0 || marked}).toEqual({where, text: claim.text, ok: true});
    }
    // The unsourced care advice the brief names: makeup timing, exercise, active products.
    const unsourced = claims.filter((c) => c.claim.sources.length === 0).map((c) => c.claim.text).join(' ');
    expect(unsourced).toMatch(/makeup/i);
    expect(unsourced).toMatch(/exercise/i);
    expect(unsourced).toMatch(/retinol/i);
  });

  it('puts no numbers in unsourced text (numbers need a source)', () => {
    for (const {where, claim} of claims) {
      if (claim.sources.length === 0) expect({where, text: claim.text}).not.toEqual({where, text: expect.stringMatching(/\d/)});
    }
  });

  it('uses unique, stable phase ids', () => {
    const phaseIds = recoveryPhases.map((p) => p.id);
    expect(new Set(phaseIds).size).toBe(phaseIds.length);
    for (const id of phaseIds) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
