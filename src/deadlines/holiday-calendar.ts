import Holidays from 'date-holidays';
import { dayNumber, isoDateOf, weekdayOf } from './day-number.js';
import { RecallguardError } from '../errors/index.js';

const DAY_MS = 86_400_000;
const MIDNIGHT_START = / 00:00:00/;

let registry: Holidays | undefined;
let countries: ReadonlySet<string> | undefined;
const calendars = new Map<string, Holidays>();
const yearDates = new Map<string, ReadonlySet<string>>();

function holidayRegistry(): Holidays {
  registry ??= new Holidays();
  return registry;
}

/**
 * Whether date-holidays has a calendar for this ISO 3166-1 alpha-2 code.
 * @example isKnownCountry('DE') // true
 */
export function isKnownCountry(country: string): boolean {
  countries ??= new Set(Object.keys(holidayRegistry().getCountries()));
  return countries.has(country.toUpperCase());
}

/**
 * Whether date-holidays has a calendar for this subdivision of `country` (`BY` in `DE`).
 * @example isKnownRegion('DE', 'BY') // true
 */
export function isKnownRegion(country: string, region: string): boolean {
  const states = holidayRegistry().getStates(country.toUpperCase()) ?? {};
  return Object.keys(states).some((code) => code.toUpperCase() === region.toUpperCase());
}

function calendarFor(country: string, region: string | undefined): Holidays {
  const key = `${country}/${region ?? ''}`.toUpperCase();
  let calendar = calendars.get(key);
  if (!calendar) {
    calendar = region === undefined ? new Holidays(country.toUpperCase()) : new Holidays(country.toUpperCase(), region.toUpperCase());
    calendars.set(key, calendar);
  }
  return calendar;
}

/**
 * Local dates (`YYYY-MM-DD`) taken by public holidays (type `public` only) that begin in `year`. A holiday
 * counts for its calendar date and each further day it lasts, when it begins at 00:00; a part-day holiday
 * (one beginning at noon, say) does not make a day non-working.
 * @example publicHolidayDates('DE', undefined, 2026).has('2026-12-25') // true
 */
export function publicHolidayDates(country: string, region: string | undefined, year: number): ReadonlySet<string> {
  const key = `${country}/${region ?? ''}/${year}`.toUpperCase();
  let dates = yearDates.get(key);
  if (!dates) {
    const found = new Set<string>();
    for (const holiday of calendarFor(country, region).getHolidays(year)) {
      if (holiday.type !== 'public' || !MIDNIGHT_START.test(holiday.date)) continue;
      const first = dayNumber(holiday.date.slice(0, 10));
      if (first === undefined) continue;
      const days = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / DAY_MS));
      for (let i = 0; i < days; i++) found.add(isoDateOf(first + i));
    }
    dates = found;
    yearDates.set(key, dates);
  }
  return dates;
}

/**
 * Whether a local calendar date is a working day: not a Saturday or Sunday, and not a public holiday of the
 * country or region (holidays beginning late in the previous year included).
 * @example isWorkingDay('2026-12-24', 'DE') // true: Christmas Eve is not a public holiday in Germany
 */
export function isWorkingDay(isoDate: string, country: string, region?: string): boolean {
  const day = dayNumber(isoDate);
  if (day === undefined) throw new RecallguardError('RG_ERR_BAD_INPUT', `working day check: "${isoDate}" is not a date (expected YYYY-MM-DD)`);
  return isWorkingDayNumber(day, country, region);
}

/** `isWorkingDay` for a day number (days since 1970-01-01), the form the deadline walk uses. */
export function isWorkingDayNumber(day: number, country: string, region: string | undefined): boolean {
  if (weekdayOf(day) >= 6) return false;
  const isoDate = isoDateOf(day);
  const year = Number(isoDate.slice(0, 4));
  return !publicHolidayDates(country, region, year).has(isoDate) && !publicHolidayDates(country, region, year - 1).has(isoDate);
}
