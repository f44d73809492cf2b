import { describe, expect, it } from 'vitest';
import { DeadlinePolicy } from './deadline-policy.js';
import { dueAt, workingDaysTaken } from './due-at.js';
import { isWorkingDay } from './holiday-calendar.js';

const workingDays = (days: number, country: string, timeZone: string, region?: string): DeadlinePolicy =>
  DeadlinePolicy.parse({ kind: 'working-days', days, country, timeZone, ...(region ? { region } : {}) });
const DE2 = workingDays(2, 'DE', 'Europe/Berlin');
const iso = (date: Date): string => date.toISOString();

// Each case: notification instant (UTC), policy, due instant (UTC), and the hand count in local days.
describe('dueAt: working days, checked by hand', () => {
  it.each([
    ['Fri 18 Dec 15:00 Berlin; Mon 21, Tue 22 -> Wed 23 00:00', '2026-12-18T14:00:00Z', DE2, '2026-12-22T23:00:00.000Z'],
    ['Wed 23 Dec; Thu 24 (not public in DE), Fri 25 + Sat + Sun skipped, Mon 28 -> Tue 29 00:00', '2026-12-23T09:00:00Z', DE2, '2026-12-28T23:00:00.000Z'],
    ['Thu 2 Apr (Easter); Good Friday, weekend, Easter Monday skipped; Tue 7, Wed 8 -> Thu 9', '2026-04-02T08:00:00Z', DE2, '2026-04-08T22:00:00.000Z'],
    ['Wed 30 Dec; Thu 31, New Year skipped, Mon 4 Jan -> Tue 5 Jan 2027', '2026-12-30T12:00:00Z', DE2, '2027-01-04T23:00:00.000Z'],
    ['Fri 27 Mar, before the spring change; Mon 30, Tue 31 -> Wed 1 Apr 00:00 CEST', '2026-03-27T11:00:00Z', DE2, '2026-03-31T22:00:00.000Z'],
    ['Sun 29 Mar 01:30 CET, 30 min before the change; Mon 30 -> Tue 31 00:00 CEST', '2026-03-29T00:30:00Z', workingDays(1, 'DE', 'Europe/Berlin'), '2026-03-30T22:00:00.000Z'],
    ['Fri 23 Oct, before the autumn change; Mon 26 -> Tue 27 00:00 CET', '2026-10-23T14:00:00Z', workingDays(1, 'DE', 'Europe/Berlin'), '2026-10-26T23:00:00.000Z'],
    ['Sat 19 Dec 00:30 Berlin is Fri 18 in UTC: the local day counts; Mon 21 -> Tue 22', '2026-12-18T23:30:00Z', workingDays(1, 'DE', 'Europe/Berlin'), '2026-12-21T23:00:00.000Z'],
    ['Mon 5 Jan, Germany: Tue 6 -> Wed 7', '2026-01-05T09:00:00Z', workingDays(1, 'DE', 'Europe/Berlin'), '2026-01-06T23:00:00.000Z'],
    ['Mon 5 Jan, Bavaria: Epiphany skipped, Wed 7 -> Thu 8', '2026-01-05T09:00:00Z', workingDays(1, 'DE', 'Europe/Berlin', 'BY'), '2026-01-07T23:00:00.000Z'],
    ['France, Thu 7 May: Fri 8 (Victoire 1945) skipped, Mon 11, Tue 12 -> Wed 13', '2026-05-07T08:00:00Z', workingDays(2, 'FR', 'Europe/Paris'), '2026-05-12T22:00:00.000Z'],
    ['France, Wed 13 May: Ascension skipped, Fri 15 -> Sat 16', '2026-05-13T08:00:00Z', workingDays(1, 'FR', 'Europe/Paris'), '2026-05-15T22:00:00.000Z'],
    ['New York, Fri 6 Mar 17:00 EST; Mon 9 (after the change) -> Tue 10 00:00 EDT', '2026-03-06T22:00:00Z', workingDays(1, 'US', 'America/New_York'), '2026-03-10T04:00:00.000Z'],
    ['New York, Fri 30 Oct; Mon 2 Nov (after the change) -> Tue 3 00:00 EST', '2026-10-30T13:00:00Z', workingDays(1, 'US', 'America/New_York'), '2026-11-03T05:00:00.000Z'],
    ['New York, Wed 25 Nov: Thanksgiving skipped, Fri 27, Mon 30 -> Tue 1 Dec', '2026-11-25T17:00:00Z', workingDays(2, 'US', 'America/New_York'), '2026-12-01T05:00:00.000Z'],
    ['New York, Thu 2 Jul: Fri 3 (Independence Day observed) skipped, Mon 6 -> Tue 7', '2026-07-02T16:00:00Z', workingDays(1, 'US', 'America/New_York'), '2026-07-07T04:00:00.000Z'],
    ['same instant as Berlin Sat 00:30, in New York still Fri 18; Mon 21 -> Tue 22 00:00 EST', '2026-12-18T23:30:00Z', workingDays(1, 'US', 'America/New_York'), '2026-12-22T05:00:00.000Z'],
  ])('%s', (_label, notified, policy, due) => {
    expect(iso(dueAt(new Date(notified), policy))).toBe(due);
  });
});

describe('dueAt: hours', () => {
  it('adds elapsed hours, not wall-clock hours, across a daylight-saving change', () => {
    // 01:30 CET + 4 h = 06:30 CEST on the wall clock
    expect(iso(dueAt(new Date('2026-03-29T00:30:00Z'), { kind: 'hours', hours: 4 }))).toBe('2026-03-29T04:30:00.000Z');
    expect(iso(dueAt(new Date('2026-03-02T08:00:00Z'), { kind: 'hours', hours: 0.5 }))).toBe('2026-03-02T08:30:00.000Z');
  });
});

describe('working days', () => {
  it.each([
    ['2026-12-24', 'DE', undefined, true],
    ['2026-12-25', 'DE', undefined, false],
    ['2026-12-26', 'DE', undefined, false],
    ['2026-04-03', 'DE', undefined, false],
    ['2025-10-31', 'DE', undefined, true],
    ['2025-10-31', 'DE', 'BB', false],
    ['2026-12-19', 'DE', undefined, false],
    ['2026-11-27', 'US', undefined, true],
    ['2026-07-03', 'US', undefined, false],
  ] as const)('%s in %s (%s) is working: %s', (date, country, region, expected) => {
    expect(isWorkingDay(date, country, region)).toBe(expected);
  });

  it('refuses a date that does not exist', () => {
    expect(() => isWorkingDay('2026-02-30', 'DE')).toThrow(expect.objectContaining({ code: 'RG_ERR_BAD_INPUT' }));
  });

  it('counts the working days an action took', () => {
    const notified = new Date('2026-12-18T14:00:00Z');
    const calendar = { country: 'DE', timeZone: 'Europe/Berlin' };
    expect(workingDaysTaken(notified, new Date('2026-12-18T19:00:00Z'), calendar)).toBe(0);
    expect(workingDaysTaken(notified, new Date('2026-12-19T09:00:00Z'), calendar)).toBe(1);
    expect(workingDaysTaken(notified, new Date('2026-12-21T22:59:59.999Z'), calendar)).toBe(1);
    expect(workingDaysTaken(notified, new Date('2026-12-21T23:00:00Z'), calendar)).toBe(2);
    expect(workingDaysTaken(notified, new Date('2026-12-22T23:00:00Z'), calendar)).toBe(3);
    expect(workingDaysTaken(notified, new Date('2026-12-28T10:00:00Z'), calendar)).toBe(5);
    expect(workingDaysTaken(notified, new Date('2026-12-01T00:00:00Z'), calendar)).toBe(0);
  });
});

describe('deadline policy', () => {
  it.each([
    [{ kind: 'hours', hours: 0 }, 'hours'],
    [{ kind: 'working-days', days: 0, country: 'DE', timeZone: 'Europe/Berlin' }, 'days'],
    [{ kind: 'working-days', days: 1.5, country: 'DE', timeZone: 'Europe/Berlin' }, 'days'],
    [{ kind: 'working-days', days: 2, country: 'XX', timeZone: 'Europe/Berlin' }, 'country'],
    [{ kind: 'working-days', days: 2, country: 'DE', region: 'ZZ', timeZone: 'Europe/Berlin' }, 'region'],
    [{ kind: 'working-days', days: 2, country: 'DE', timeZone: 'Europe/Bonn' }, 'timeZone'],
    [{ kind: 'weeks', weeks: 1 }, 'kind'],
  ])('rejects %j, naming field %s', (raw, field) => {
    const parsed = DeadlinePolicy.safeParse(raw);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });

  it('upper-cases country and region', () => {
    expect(DeadlinePolicy.parse({ kind: 'working-days', days: 2, country: 'de', region: 'by', timeZone: 'Europe/Berlin' })).toMatchObject({
      country: 'DE',
      region: 'BY',
    });
  });

  it('gives a coded error for an unparsed policy with an unknown calendar or a bad date', () => {
    const unknown = { kind: 'working-days', days: 2, country: 'XX', timeZone: 'Europe/Berlin' } as const;
    expect(() => dueAt(new Date(), unknown)).toThrow(expect.objectContaining({ code: 'RG_ERR_INVALID_CONFIG', message: expect.stringContaining('"country"') }));
    expect(() => dueAt(new Date(), { ...unknown, country: 'DE', timeZone: 'Mars/Olympus' })).toThrow(/"timeZone"/);
    expect(() => dueAt(new Date('nonsense'), DE2)).toThrow(expect.objectContaining({ code: 'RG_ERR_BAD_INPUT' }));
  });
});
