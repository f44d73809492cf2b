// Calendar days as integers: the deadline walk steps through days thousands of times, and a luxon
// DateTime per step costs ~0.1 ms; time zones are applied once, at the ends, with luxon.

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Days since 1970-01-01 for a `YYYY-MM-DD` calendar date, or undefined when it is no real date.
 * @example dayNumber('1970-01-02') // 1
 */
export function dayNumber(isoDate: string): number | undefined {
  const parts = ISO_DATE.exec(isoDate);
  if (!parts) return undefined;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const time = Date.UTC(year, month - 1, day);
  return isoDateOf(time / DAY_MS) === isoDate ? time / DAY_MS : undefined;
}

/**
 * The `YYYY-MM-DD` calendar date of a day number.
 * @example isoDateOf(0) // '1970-01-01'
 */
export function isoDateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * ISO weekday of a day number: 1 Monday ... 7 Sunday.
 * @example weekdayOf(0) // 4: 1 Jan 1970 was a Thursday
 */
export function weekdayOf(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}
