import { DateTime, IANAZone } from 'luxon';
import { RecallguardError } from '../errors/index.js';
import type { DeadlinePolicy, WorkingCalendar } from './deadline-policy.js';
import { dayNumber, isoDateOf } from './day-number.js';
import { isKnownCountry, isKnownRegion, isWorkingDayNumber } from './holiday-calendar.js';

const HOUR_MS = 3_600_000;

/**
 * When the period to act ends, for a notification at `notifiedAt`.
 *
 * - `hours`: exactly that much elapsed time later (a daylight-saving change does not stretch or shrink it).
 * - `working-days`: the day of notification (a local day in `timeZone`) is not counted; the period ends at
 *   the end of the Nth working day after it, 24:00 local time, returned as the first instant of the next
 *   local day. Saturdays, Sundays and the country's (and region's) public holidays are not working days.
 * Acting at the returned instant or later is late.
 * @example
 * // notified Friday 18 Dec 2026, 15:00 in Berlin; Mon 21 and Tue 22 are the two working days
 * dueAt(new Date('2026-12-18T14:00:00Z'), { kind: 'working-days', days: 2, country: 'DE', timeZone: 'Europe/Berlin' })
 * // 2026-12-22T23:00:00.000Z (Wednesday 23 Dec, 00:00 in Berlin)
 * dueAt(new Date('2026-03-29T00:30:00Z'), { kind: 'hours', hours: 4 }) // 2026-03-29T04:30:00.000Z
 */
export function dueAt(notifiedAt: Date, policy: DeadlinePolicy): Date {
  const start = checkedTime(notifiedAt, 'notifiedAt');
  if (policy.kind === 'hours') return new Date(start + Math.round(policy.hours * HOUR_MS));
  checkCalendar(policy);
  let day = localDayNumber(start, policy.timeZone);
  for (let counted = 0; counted < policy.days; ) {
    day++;
    if (isWorkingDayNumber(day, policy.country, policy.region)) counted++;
  }
  return localDayStart(day + 1, policy.timeZone);
}

/**
 * The number of working days an action took, under the same rules as `dueAt`: the smallest N such that
 * `doneAt` falls before the end of the Nth working day after the day of notification (0: on that day itself).
 * "Removed within 2 working days" is `workingDaysTaken(...) <= 2`. An action before the notification took 0.
 * @example
 * // notified Friday 18 Dec 2026 in Berlin, removed Saturday 19 Dec: within the first working day (Mon 21)
 * workingDaysTaken(new Date('2026-12-18T14:00:00Z'), new Date('2026-12-19T09:00:00Z'), { country: 'DE', timeZone: 'Europe/Berlin' }) // 1
 */
export function workingDaysTaken(notifiedAt: Date, doneAt: Date, calendar: WorkingCalendar): number {
  const start = checkedTime(notifiedAt, 'notifiedAt');
  const done = checkedTime(doneAt, 'doneAt');
  checkCalendar(calendar);
  const notifiedDay = localDayNumber(start, calendar.timeZone);
  const doneDay = localDayNumber(done, calendar.timeZone);
  if (doneDay <= notifiedDay) return 0;
  // the working days before the day of the action, plus the one that day belongs to (itself or the next)
  let taken = 1;
  for (let day = notifiedDay + 1; day < doneDay; day++) if (isWorkingDayNumber(day, calendar.country, calendar.region)) taken++;
  return taken;
}

/** The local calendar day (as a day number) holding `instant`. */
function localDayNumber(instant: number, timeZone: string): number {
  return dayNumber(DateTime.fromMillis(instant, { zone: timeZone }).toISODate() ?? '') ?? Number.NaN;
}

/** The first instant of a local day: its midnight, or later where daylight saving skips midnight. */
function localDayStart(day: number, timeZone: string): Date {
  return DateTime.fromISO(isoDateOf(day), { zone: timeZone }).startOf('day').toJSDate();
}

function checkedTime(date: Date, field: string): number {
  const time = date instanceof Date ? date.getTime() : Number.NaN;
  if (Number.isNaN(time)) throw new RecallguardError('RG_ERR_BAD_INPUT', `deadline: field "${field}": not a valid date`);
  return time;
}

const checkedCalendars = new Set<string>();

/** A policy built without `DeadlinePolicy.parse` still gets a clear error for an unknown calendar. */
function checkCalendar(calendar: WorkingCalendar): void {
  const key = `${calendar.timeZone}/${calendar.country}/${calendar.region ?? ''}`;
  if (checkedCalendars.has(key)) return;
  if (!IANAZone.isValidZone(calendar.timeZone)) {
    throw new RecallguardError('RG_ERR_INVALID_CONFIG', `deadline policy: field "timeZone": unknown time zone "${calendar.timeZone}"`);
  }
  if (!isKnownCountry(calendar.country)) {
    throw new RecallguardError('RG_ERR_INVALID_CONFIG', `deadline policy: field "country": no holiday calendar for "${calendar.country}"`);
  }
  if (calendar.region !== undefined && !isKnownRegion(calendar.country, calendar.region)) {
    throw new RecallguardError('RG_ERR_INVALID_CONFIG', `deadline policy: field "region": no holiday calendar for "${calendar.region}" of ${calendar.country}`);
  }
  checkedCalendars.add(key);
}
