import type { DateRange } from '../../recalls/index.js';
import { MONTH_PATTERN, daysInMonth, isoDay, monthNumber } from './feed-dates.js';

const POINT =
  `(?:${MONTH_PATTERN}\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?\\d{4}` +
  `|\\d{1,2}\\.?\\s+${MONTH_PATTERN}\\.?,?\\s+\\d{4}|${MONTH_PATTERN}|(?:19|20)\\d{2})`;
const RANGE = new RegExp(
  `\\b(?:from|between|sold|made|manufactured)\\s+(${POINT})\\s*(?:through|thru|to|until|and|-)\\s+(${POINT})(?![\\w])`,
  'i',
);
const SINGLE_MONTH = new RegExp(`\\b(?:in|during)\\s+(${MONTH_PATTERN}\\.?\\s+\\d{4})\\b`, 'i');
const OPEN_START = new RegExp(`\\b(?:since|beginning in|starting in|beginning|starting)\\s+(${POINT})(?![\\w])`, 'i');

interface Point {
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
}

function parsePoint(text: string): Point {
  const parts = text.replace(/[.,]/g, ' ').trim().split(/\s+/);
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  for (const part of parts) {
    const asMonth = monthNumber(part);
    if (asMonth !== undefined) month = asMonth;
    else if (/^\d{4}$/.test(part)) year = Number(part);
    else if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(part)) day = Number.parseInt(part, 10);
  }
  return { year, month, day };
}

function firstDay(point: Point, year: number | undefined): string | undefined {
  if (year === undefined) return undefined;
  return isoDay(year, point.month ?? 1, point.day ?? 1);
}

function lastDay(point: Point, year: number | undefined): string | undefined {
  if (year === undefined) return undefined;
  const month = point.month ?? 12;
  return isoDay(year, month, point.day ?? daysInMonth(year, month));
}

function withoutEmpty(range: DateRange): DateRange | undefined {
  if (range.from === undefined && range.to === undefined) return undefined;
  if (range.from !== undefined && range.to !== undefined && range.from > range.to) return undefined;
  return range;
}

/**
 * The period a sentence gives, to the precision it gives: `from May 2015 through November 2016` →
 * 2015-05-01..2016-11-30; `between 22 January 2018 and 06 March 2019`; `from May through July 2016`
 * (the year is shared); `in May 2015` (that month); `since March 2016` (open end). Undefined when no
 * period is stated or it runs backwards.
 * @example parseDatePeriod('sold nationwide from May 2015 through November 2016 for about $180')
 * // { from: '2015-05-01', to: '2016-11-30' }
 */
export function parseDatePeriod(sentence: string): DateRange | undefined {
  if (typeof sentence !== 'string' || sentence.length === 0) return undefined;
  const text = sentence.length > 4000 ? sentence.slice(0, 4000) : sentence;
  const range = RANGE.exec(text);
  if (range) {
    const start = parsePoint(range[1] ?? '');
    const end = parsePoint(range[2] ?? '');
    const endYear = end.year ?? start.year;
    const startYear = start.year ?? endYear;
    return withoutEmpty({ from: firstDay(start, startYear), to: lastDay(end, endYear) });
  }
  const month = SINGLE_MONTH.exec(text);
  if (month) {
    const point = parsePoint(month[1] ?? '');
    return withoutEmpty({ from: firstDay(point, point.year), to: lastDay(point, point.year) });
  }
  const open = OPEN_START.exec(text);
  if (open) {
    const point = parsePoint(open[1] ?? '');
    const from = firstDay(point, point.year);
    return from === undefined ? undefined : { from };
  }
  return undefined;
}
