import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { feedDate, isoDay, optionalFeedDate, toIsoDate } from './feed-dates.js';

describe('toIsoDate', () => {
  it.each([
    ['2016-12-20T00:00:00', '2016-12-20'],
    ['2016-12-20', '2016-12-20'],
    ['  November 10, 2021 ', '2021-11-10'],
    ['\tNovember 04, 2021', '2021-11-04'],
    ['Sept. 9 2021', '2021-09-09'],
    ['10 November 2021', '2021-11-10'],
    ['27. 11. 2024', '2024-11-27'],
    ['Wed, 10 Nov 2021 00:00:00 GMT', '2021-11-10'],
  ])('reads %j as %s', (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });

  it.each(['2021-02-30', '2021-13-01', 'not a date', '', '1850-01-01', 'Smarch 3, 2020', '10/8/2016'])('rejects %j', (input) => {
    expect(toIsoDate(input)).toBeUndefined();
  });

  it('rejects non-strings', () => {
    expect(toIsoDate(20161220)).toBeUndefined();
    expect(toIsoDate(null)).toBeUndefined();
  });

  it('knows leap years', () => {
    expect(isoDay(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDay(2023, 2, 29)).toBeUndefined();
  });
});

describe('feedDate and optionalFeedDate', () => {
  const Required = z.object({ date: feedDate });
  const Optional = z.object({ date: optionalFeedDate });

  it('outputs YYYY-MM-DD', () => {
    expect(Required.parse({ date: 'November 10, 2021' })).toEqual({ date: '2021-11-10' });
  });

  it('reports an unreadable or missing required date on its field', () => {
    const bad = Required.safeParse({ date: 'soon' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues).toEqual([expect.objectContaining({ path: ['date'], message: 'expected a date, got "soon"' })]);
    expect(Required.safeParse({}).error?.issues[0]?.message).toBe('expected a date, got nothing');
  });

  it('lets an optional date be absent, null or unreadable', () => {
    expect(Optional.parse({})).toEqual({ date: undefined });
    expect(Optional.parse({ date: null }).date).toBeUndefined();
    expect(Optional.parse({ date: 'soon' }).date).toBeUndefined();
  });
});
