/**
 * Calendar days written as ISO strings ("2027-01-06"), used by guide pages (review dates) and the
 * session planner. All arithmetic is done on UTC milliseconds at midnight, so daylight-saving changes
 * and the reader's time zone never move a date. Names are fixed English and Spanish words rather than
 * Intl.DateTimeFormat: server and browser render the same text, and the first construction of an
 * Intl formatter costs tens of milliseconds of main thread on a page load.
 */

export const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The languages dates are written in (config/locales.ts): day and month names, and the pattern. */
export type DateLocale = 'en' | 'es';

const names = {
  en: {
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  },
  es: {
    weekdays: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
    months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  },
} as const satisfies Record<DateLocale, {weekdays: readonly string[]; months: readonly string[]}>;

/** UTC midnight of an ISO day in milliseconds, or null if the text is not a real calendar date. */
export function parseIsoDay(iso: string): number | null {
  const match = ISO_DAY.exec(iso);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  // Date.UTC rolls 2027-02-30 over to 2 March: a real date survives the round trip unchanged.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  // Date.UTC maps years 0-99 to 1900-1999; the round trip above already rejects those.
  return ms;
}

/** ISO day ("2027-01-06") of a UTC-midnight timestamp. */
export function isoDayFromUtcMs(ms: number): string {
  const date = new Date(ms);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** Today's calendar date where the reader is (their local wall-clock date), as an ISO day. */
export function todayIso(now: Date): string {
  const year = String(now.getFullYear()).padStart(4, '0');
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** The UTC-midnight Date of an ISO day; throws a RangeError naming the text if it is not a real date. */
export function realDay(iso: string): Date {
  const ms = parseIsoDay(iso);
  if (ms === null) throw new RangeError(`Not a real date: "${iso}"`);
  return new Date(ms);
}

/** The day after an ISO day (used for all-day calendar events, whose end date is exclusive). */
export function nextIsoDay(iso: string): string {
  return isoDayFromUtcMs(realDay(iso).getTime() + DAY_MS);
}

/** "25 November 2026"; in Spanish "25 de noviembre de 2026". */
export function formatDay(iso: string, locale: DateLocale = 'en'): string {
  const date = realDay(iso);
  const [day, month, year] = [date.getUTCDate(), names[locale].months[date.getUTCMonth()], date.getUTCFullYear()];
  return locale === 'es' ? `${day} de ${month} de ${year}` : `${day} ${month} ${year}`;
}

/** "Wednesday 6 January 2027"; in Spanish "miércoles, 6 de enero de 2027". */
export function formatLongDate(iso: string, locale: DateLocale = 'en'): string {
  const weekday = names[locale].weekdays[realDay(iso).getUTCDay()];
  return locale === 'es' ? `${weekday}, ${formatDay(iso, locale)}` : `${weekday} ${formatDay(iso, locale)}`;
}
