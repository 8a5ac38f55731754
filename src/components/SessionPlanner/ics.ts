/**
 * iCalendar (RFC 5545) export of a session plan: one all-day event per date. Pure: no React or DOM.
 * The event text is in the page's language (translate(): i18n/<locale>/code.json).
 */
import {translate} from '@docusaurus/Translate';
import {nextIsoDay, parseIsoDay} from '@site/src/utils/isoDay';

export interface IcsOptions {
  /** Start of each event's SUMMARY: "<title> N of M (to confirm with your clinic)". */
  title: string;
  /** DESCRIPTION of every event. */
  description: string;
  /** Time the file was made (DTSTAMP). Defaults to now; pass a fixed date in tests. */
  dtstamp?: Date;
}

export const ICS_FILE_NAME = 'microneedling-sessions.ics';
export const ICS_MIME_TYPE = 'text/calendar;charset=utf-8';
export const ICS_PRODID = '-//ScarAtlas//Session planner//EN';

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/** Escapes a TEXT value (RFC 5545 section 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds a content line longer than 75 octets (RFC 5545 section 3.1): CRLF plus one space before each
 * continuation, never splitting a UTF-8 character. The leading space counts toward the 75 octets.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** "2027-01-06" -> "20270106". */
function icsDate(iso: string): string {
  if (parseIsoDay(iso) === null) throw new RangeError(`Not a real date: "${iso}"`);
  return iso.replace(/-/g, '');
}

/** UTC date-time in basic format: "20261201T093000Z". */
function icsDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** A complete VCALENDAR with one all-day VEVENT per ISO date, CRLF line endings, folded lines. */
export function toIcs(dates: readonly string[], {title, description, dtstamp = new Date()}: IcsOptions): string {
  const stamp = icsDateTime(dtstamp);
  const total = dates.length;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${ICS_PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  dates.forEach((date, index) => {
    const n = index + 1;
    lines.push(
      'BEGIN:VEVENT',
      `UID:scaratlas-${date}-${n}@scaratlas.invalid`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(date)}`,
      `DTEND;VALUE=DATE:${icsDate(nextIsoDay(date))}`,
      `SUMMARY:${escapeText(translate({id: 'scaratlas.planner.ics.summary', message: '{title} {n} of {total} (to confirm with your clinic)'}, {title, n, total}))}`,
      `DESCRIPTION:${escapeText(description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  });
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
