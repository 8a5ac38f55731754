import {formatDay, formatLongDate, nextIsoDay, parseIsoDay, todayIso} from './isoDay';

describe('date helpers', () => {
  it('parses only real calendar dates', () => {
    expect(parseIsoDay('2028-02-29')).toBe(Date.UTC(2028, 1, 29));
    expect(parseIsoDay('2027-02-29')).toBeNull();
    expect(parseIsoDay('2027-13-01')).toBeNull();
    expect(parseIsoDay('2027-1-6')).toBeNull();
    expect(parseIsoDay('0050-01-01')).toBeNull();
    expect(parseIsoDay('')).toBeNull();
  });

  it('formats dates in words', () => {
    expect(formatLongDate('2027-01-06')).toBe('Wednesday 6 January 2027');
    expect(formatLongDate('2026-01-06')).toBe('Tuesday 6 January 2026');
    expect(formatLongDate('2028-02-29')).toBe('Tuesday 29 February 2028');
  });

  it('finds the next day across month, year and leap-day boundaries', () => {
    expect(nextIsoDay('2027-12-31')).toBe('2028-01-01');
    expect(nextIsoDay('2028-02-28')).toBe('2028-02-29');
    expect(nextIsoDay('2027-02-28')).toBe('2027-03-01');
  });

  it("takes today's date from the local calendar", () => {
    expect(todayIso(new Date(2027, 0, 6, 23, 59))).toBe('2027-01-06');
    expect(todayIso(new Date(2027, 0, 6, 0, 0))).toBe('2027-01-06');
  });
});

describe('formatDay (guide pages\' review dates)', () => {
  it('formats dates without time-zone drift', () => {
    expect(formatDay('2026-01-01')).toBe('1 January 2026');
    expect(formatDay('2025-12-31')).toBe('31 December 2025');
  });

  it('refuses what is not a real YYYY-MM-DD date', () => {
    expect(() => formatDay('2026-13-01')).toThrow('Not a real date: "2026-13-01"');
    expect(() => formatDay('25/11/2026')).toThrow('Not a real date');
  });
});

describe('dates in Spanish', () => {
  it('writes days and long dates with Spanish names, without Intl', () => {
    expect(formatDay('2026-12-01', 'es')).toBe('1 de diciembre de 2026');
    expect(formatLongDate('2027-01-06', 'es')).toBe('miércoles, 6 de enero de 2027');
    expect(formatLongDate('2027-01-06')).toBe('Wednesday 6 January 2027');
  });
});
