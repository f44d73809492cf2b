import { z } from 'zod';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

/** Month-name alternation for building patterns; longest names first so `June` wins over `Jun`. */
export const MONTH_PATTERN =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';

/** The month number (1–12) of an English month name or abbreviation, case-insensitive. */
export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')];
}

/** Days in a month, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * `YYYY-MM-DD` for a real calendar day, or undefined (rejects 2021-02-30 and years outside 1900–2199).
 * @example isoDay(2016, 12, 20) // '2016-12-20'
 */
export function isoDay(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1900 || year > 2199) return undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const ISO_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;
const MONTH_DAY_YEAR = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/;
const DOTTED_DAY_MONTH_YEAR = /^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})$/;
const RFC_822 = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})(?:\s|$)/;

/**
 * Reads the calendar date feeds publish: ISO dates and timestamps (the date part is kept as written, no
 * time-zone shift), `November 10, 2021`, `10 November 2021`, `27. 11. 2024` and RSS `Wed, 10 Nov 2021 …`.
 * @example toIsoDate('2016-12-20T00:00:00') // '2016-12-20'
 */
export function toIsoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim().replace(/\s+/g, ' ');
  let m = ISO_PREFIX.exec(text);
  if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MONTH_DAY_YEAR.exec(text);
  if (m) return isoDay(Number(m[3]), monthNumber(m[1] ?? '') ?? 0, Number(m[2]));
  m = DAY_MONTH_YEAR.exec(text) ?? RFC_822.exec(text);
  if (m) return isoDay(Number(m[3]), monthNumber(m[2] ?? '') ?? 0, Number(m[1]));
  m = DOTTED_DAY_MONTH_YEAR.exec(text);
  if (m) return isoDay(Number(m[3]), Number(m[2]), Number(m[1]));
  return undefined;
}

/**
 * A zod schema for a required date field of a feed record: any form {@link toIsoDate} reads, output as
 * `YYYY-MM-DD`; anything else is an issue on that field.
 * @example z.object({ RecallDate: feedDate }).parse({ RecallDate: '2016-12-20T00:00:00' })
 */
export const feedDate = z.unknown().transform((value, ctx) => {
  const iso = toIsoDate(value);
  if (iso !== undefined) return iso;
  const shown = value === undefined || value === null ? 'nothing' : JSON.stringify(value);
  ctx.issues.push({ code: 'custom', message: `expected a date, got ${shown}`, input: value });
  return z.NEVER;
});

/** Like {@link feedDate} but absent, null or unreadable values become undefined instead of an issue. */
export const optionalFeedDate = z
  .unknown()
  .optional()
  .transform((value) => toIsoDate(value));
