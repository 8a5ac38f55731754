import {escapeText, foldLine, toIcs} from './ics';

// French sample text (non-ASCII escaping and folding): cspell:ignore Première confirmer avec clinique

const DTSTAMP = new Date(Date.UTC(2026, 11, 1, 9, 30, 5, 123));
const octets = (text: string) => Buffer.byteLength(text, 'utf8');

describe('toIcs', () => {
  it('writes the exact calendar for a fixture', () => {
    const ics = toIcs(['2027-01-06', '2027-12-31'], {
      title: 'Microneedling session',
      description: 'Check with your clinic, then come; bring notes',
      dtstamp: DTSTAMP,
    });
    expect(ics).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//ScarAtlas//Session planner//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'BEGIN:VEVENT',
        'UID:scaratlas-2027-01-06-1@scaratlas.invalid',
        'DTSTAMP:20261201T093005Z',
        'DTSTART;VALUE=DATE:20270106',
        'DTEND;VALUE=DATE:20270107',
        'SUMMARY:Microneedling session 1 of 2 (to confirm with your clinic)',
        'DESCRIPTION:Check with your clinic\\, then come\\; bring notes',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:scaratlas-2027-12-31-2@scaratlas.invalid',
        'DTSTAMP:20261201T093005Z',
        'DTSTART;VALUE=DATE:20271231',
        'DTEND;VALUE=DATE:20280101',
        'SUMMARY:Microneedling session 2 of 2 (to confirm with your clinic)',
        'DESCRIPTION:Check with your clinic\\, then come\\; bring notes',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('uses CRLF only and keeps every line within 75 octets', () => {
    const ics = toIcs(['2028-02-29'], {
      title: 'Microneedling session',
      description: `Première séance, à confirmer avec la clinique. ${'Long text '.repeat(30)}\nSecond line 😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀`,
      dtstamp: DTSTAMP,
    });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    // Unfolding (remove CRLF + space) gives back the escaped description, with no broken characters.
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('DTEND;VALUE=DATE:20280301\r\n');
    expect(unfolded).toContain(
      `DESCRIPTION:Première séance\\, à confirmer avec la clinique. ${'Long text '.repeat(30)}\\nSecond line ${'😀'.repeat(20)}\r\n`,
    );
    expect(unfolded).not.toContain('\uFFFD');
  });

  it('stamps the current time by default', () => {
    expect(toIcs(['2027-01-06'], {title: 'T', description: 'D'})).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
  });

  it('refuses a date that is not real', () => {
    expect(() => toIcs(['2027-02-30'], {title: 'T', description: 'D', dtstamp: DTSTAMP})).toThrow(RangeError);
  });
});

describe('escapeText', () => {
  it('escapes backslashes, semicolons, commas and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('leaves colons and quotes alone', () => {
    expect(escapeText('Note: "to confirm"')).toBe('Note: "to confirm"');
  });
});

describe('foldLine', () => {
  it('leaves a line of exactly 75 octets alone', () => {
    const line = `SUMMARY:${'x'.repeat(67)}`;
    expect(foldLine(line)).toBe(line);
  });

  it('folds at 75 octets with a leading space on each continuation', () => {
    const line = `DESCRIPTION:${'a'.repeat(200)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.map(octets)).toEqual([75, 75, 64]);
    expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('never splits a multi-octet character', () => {
    // 'é' is 2 octets: after "X:" (2 octets) plus 36 of them (72 octets) the 37th would end at octet 76.
    const line = `X:${'é'.repeat(40)}`;
    const parts = foldLine(line).split('\r\n');
    expect(parts[0]).toBe(`X:${'é'.repeat(36)}`);
    expect(octets(parts[0]!)).toBe(74);
    expect(parts[1]).toBe(` ${'é'.repeat(4)}`);
  });
});
