// Years 2024-2032 keep the run short: date-holidays takes ~15 ms per calendar-year.
import { fc, test } from '@fast-check/vitest';
import Holidays from 'date-holidays';
import { describe, expect } from 'vitest';
import { DeadlinePolicy, type WorkingDaysPolicy } from './deadline-policy.js';
import { dueAt, workingDaysTaken } from './due-at.js';

// A day-by-day reference built without luxon: Intl for local dates and times, UTC arithmetic for the walk.
const CALENDARS = [
  { country: 'DE', timeZone: 'Europe/Berlin' },
  { country: 'DE', region: 'BY', timeZone: 'Europe/Berlin' },
  { country: 'FR', timeZone: 'Europe/Paris' },
  { country: 'GB', region: 'ENG', timeZone: 'Europe/London' },
  { country: 'US', timeZone: 'America/New_York' },
  { country: 'US', region: 'CA', timeZone: 'America/Los_Angeles' },
  { country: 'AU', region: 'NSW', timeZone: 'Australia/Sydney' },
  { country: 'JP', timeZone: 'Asia/Tokyo' },
] as const;

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const timeFormats = new Map<string, Intl.DateTimeFormat>();

function localDate(instant: number, timeZone: string): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, format);
  }
  return format.format(instant);
}

function localTime(instant: number, timeZone: string): string {
  let format = timeFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    timeFormats.set(timeZone, format);
  }
  return format.format(instant);
}

function nextDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

const referenceHolidays = new Map<string, Set<string>>();

function isReferenceWorkingDay(isoDate: string, country: string, region?: string): boolean {
  const weekday = new Date(`${isoDate}T12:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const key = `${country}/${region}/${isoDate.slice(0, 4)}`;
  let dates = referenceHolidays.get(key);
  if (!dates) {
    const calendar = region ? new Holidays(country, region) : new Holidays(country);
    const holidays = calendar.getHolidays(Number(isoDate.slice(0, 4)));
    dates = new Set(holidays.filter((h) => h.type === 'public' && h.date.endsWith(' 00:00:00')).map((h) => h.date.slice(0, 10)));
    referenceHolidays.set(key, dates);
  }
  return !dates.has(isoDate);
}

/** The Nth working day after the local day of notification, walked one day at a time. */
function referenceLastDay(notifiedAt: Date, policy: WorkingDaysPolicy): string {
  let day = localDate(notifiedAt.getTime(), policy.timeZone);
  for (let counted = 0; counted < policy.days; ) {
    day = nextDate(day);
    if (isReferenceWorkingDay(day, policy.country, policy.region)) counted++;
  }
  return day;
}

const instant = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2032-12-31T00:00:00Z'), noInvalidDate: true });
const policy = fc
  .tuple(fc.constantFrom(...CALENDARS), fc.integer({ min: 1, max: 15 }))
  .map(([calendar, days]) => DeadlinePolicy.parse({ kind: 'working-days', days, ...calendar }) as WorkingDaysPolicy);

/** Instants within three days of a daylight-saving change (last Sundays of March and October, US second Sunday of March and first of November). */
const nearDstChange = fc
  .tuple(fc.integer({ min: 2024, max: 2032 }), fc.constantFrom('eu-spring', 'eu-autumn', 'us-spring', 'us-autumn'), fc.integer({ min: -72 * 60, max: 72 * 60 }))
  .map(([year, change, minutes]) => new Date(dstSunday(year, change) + minutes * 60_000));

function dstSunday(year: number, change: string): number {
  const month = change.endsWith('spring') ? 2 : change.startsWith('eu') ? 9 : 10;
  if (change.startsWith('eu')) {
    const last = new Date(Date.UTC(year, month + 1, 0));
    return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
  }
  const first = new Date(Date.UTC(year, month, 1));
  const firstSunday = 1 + ((7 - first.getUTCDay()) % 7);
  return Date.UTC(year, month, change === 'us-spring' ? firstSunday + 7 : firstSunday, 7);
}

function checkWorkingDaysDeadline(notifiedAt: Date, rule: WorkingDaysPolicy): void {
  const due = dueAt(notifiedAt, rule);
  const dueMs = due.getTime();
  const lastDay = referenceLastDay(notifiedAt, rule);
  expect(dueMs).toBeGreaterThan(notifiedAt.getTime());
  // 24:00 local at the end of the reference's Nth working day
  expect(localTime(dueMs, rule.timeZone)).toBe('00:00:00');
  expect(dueMs % 1000).toBe(0);
  expect(localDate(dueMs - 1, rule.timeZone)).toBe(lastDay);
  expect(localDate(dueMs, rule.timeZone)).toBe(nextDate(lastDay));
  // exactly N working days strictly after the day of notification, the last of them a working day
  let counted = 0;
  for (let day = nextDate(localDate(notifiedAt.getTime(), rule.timeZone)); day <= lastDay; day = nextDate(day)) {
    if (isReferenceWorkingDay(day, rule.country, rule.region)) counted++;
  }
  expect(counted).toBe(rule.days);
  expect(isReferenceWorkingDay(lastDay, rule.country, rule.region)).toBe(true);
  // workingDaysTaken agrees at the edge
  expect(workingDaysTaken(notifiedAt, new Date(dueMs - 1), rule)).toBe(rule.days);
  expect(workingDaysTaken(notifiedAt, due, rule)).toBe(rule.days + 1);
}

describe('dueAt properties', () => {
  test.prop([instant, policy], { numRuns: 300 })('working days: agrees with a day-by-day reference', (notifiedAt, rule) => {
    checkWorkingDaysDeadline(notifiedAt, rule);
  });

  test.prop([nearDstChange, policy], { numRuns: 300 })('working days: holds around daylight-saving changes', (notifiedAt, rule) => {
    checkWorkingDaysDeadline(notifiedAt, rule);
  });

  test.prop([instant, instant, policy])('working days: a later notification is never due earlier', (a, b, rule) => {
    const [early, late] = a <= b ? [a, b] : [b, a];
    expect(dueAt(early, rule).getTime()).toBeLessThanOrEqual(dueAt(late, rule).getTime());
  });

  test.prop([fc.oneof(instant, nearDstChange), fc.double({ min: 0.01, max: 240, noNaN: true })])('hours: exactly that much elapsed time', (notifiedAt, hours) => {
    const due = dueAt(notifiedAt, { kind: 'hours', hours });
    expect(due.getTime() - notifiedAt.getTime()).toBe(Math.round(hours * 3_600_000));
  });
});
