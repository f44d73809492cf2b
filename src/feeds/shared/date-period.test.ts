import { describe, expect, it } from 'vitest';
import { parseDatePeriod } from './date-period.js';

describe('parseDatePeriod', () => {
  it.each([
    ['Sold at toy stores from May 2015 through November 2016 for about $180.', { from: '2015-05-01', to: '2016-11-30' }],
    ['sold from March 25, 2015 to March 9, 2016', { from: '2015-03-25', to: '2016-03-09' }],
    ['made between 22 January 2018 and 06 March 2019.', { from: '2018-01-22', to: '2019-03-06' }],
    ['sold from May through July 2016', { from: '2016-05-01', to: '2016-07-31' }],
    ['sold from 2010 through 2012', { from: '2010-01-01', to: '2012-12-31' }],
    ['sold online in February 2024 for $20', { from: '2024-02-01', to: '2024-02-29' }],
    ['sold nationwide since March 2016', { from: '2016-03-01' }],
  ])('reads %j', (sentence, expected) => {
    expect(parseDatePeriod(sentence)).toEqual(expected);
  });

  it.each(['Sold at Walmart for about $20.', '', 'from November 2016 through May 2015'])('gives nothing for %j', (sentence) => {
    expect(parseDatePeriod(sentence)).toBeUndefined();
  });
});
