import { describe, expect, it } from 'vitest';
import { deadlineStatus } from './deadline-status.js';
import { dayNumber, isoDateOf, weekdayOf } from './day-number.js';

const notified = new Date('2026-03-02T08:00:00Z');
const due = new Date('2026-03-02T12:00:00Z');
const at = (time: string): Date => new Date(`2026-03-02T${time}Z`);

describe('deadlineStatus', () => {
  it.each([
    ['07:00:00', 'on_track'],
    ['08:00:00', 'on_track'],
    ['10:59:59', 'on_track'],
    ['11:00:00', 'at_risk'],
    ['11:59:59.999', 'at_risk'],
    ['12:00:00', 'breached'],
    ['23:00:00', 'breached'],
  ])('at %s: %s', (time, expected) => {
    expect(deadlineStatus(at(time), notified, due)).toBe(expected);
  });

  it('takes the at-risk share from the caller', () => {
    expect(deadlineStatus(at('09:00:00'), notified, due, 0.25)).toBe('at_risk');
    expect(deadlineStatus(at('11:00:00'), notified, due, 1)).toBe('on_track');
  });

  it('refuses a window that ends before it starts, and a share outside (0, 1]', () => {
    expect(() => deadlineStatus(at('09:00:00'), due, notified)).toThrow(expect.objectContaining({ code: 'RG_ERR_BAD_INPUT' }));
    expect(() => deadlineStatus(at('09:00:00'), notified, due, 0)).toThrow(expect.objectContaining({ code: 'RG_ERR_INVALID_CONFIG' }));
    expect(() => deadlineStatus(new Date(Number.NaN), notified, due)).toThrow(/valid dates/);
  });
});

describe('day numbers', () => {
  it('round-trips dates and knows weekdays', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(weekdayOf(-1)).toBe(3);
    const day = dayNumber('2026-12-18') ?? Number.NaN;
    expect(isoDateOf(day)).toBe('2026-12-18');
    expect(weekdayOf(day)).toBe(5);
  });

  it.each(['2026-02-30', '2026-13-01', '26-01-01', '2026-1-1', ''])('rejects %j', (text) => {
    expect(dayNumber(text)).toBeUndefined();
  });
});
