import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { excerptAround, parseRecallsBody, parseRetryAfter } from './cpsc-client-response.js';

const URL_TEXT = 'https://www.saferproducts.gov/RestWebServices/Recall?format=json';

describe('parseRecallsBody', () => {
  it('returns the records of a JSON array of objects, unchanged', () => {
    expect(parseRecallsBody('[{"RecallID":7938,"Products":[]},{"RecallID":10924}]', URL_TEXT)).toEqual([
      { RecallID: 7938, Products: [] },
      { RecallID: 10924 },
    ]);
    expect(parseRecallsBody(' [] ', URL_TEXT)).toEqual([]);
  });

  it.each([
    ['', 0],
    ['<?xml version="1.0"?><ArrayOfRecall/>', 0],
    ['[{"RecallID":7938}', 18],
    ['[{"RecallID":7938,"Title":"x"},x]', 31],
    ['[1,2,x,3,4,5,6,7,8,9,10,11,12]', 5],
    [`[${'{"RecallID":1},'.repeat(20)}oops]`, 301],
  ])('reports %j as malformed at position %i', (body, position) => {
    expect(() => parseRecallsBody(body, URL_TEXT)).toThrow(
      expect.objectContaining({ code: 'RG_ERR_FEED_MALFORMED', details: expect.objectContaining({ position, url: URL_TEXT }) }),
    );
  });

  it.each(['null', '{"RecallID":1}', '"[]"', '[[]]', '[null]', '[{"RecallID":1},3]'])('refuses %s', (body) => {
    expect(() => parseRecallsBody(body, URL_TEXT)).toThrow(expect.objectContaining({ code: 'RG_ERR_FEED_MALFORMED' }));
  });
});

describe('excerptAround', () => {
  it('marks cut ends and flattens whitespace', () => {
    const text = `${'a'.repeat(100)}\n\tXYZ${'b'.repeat(100)}`;
    const excerpt = excerptAround(text, 102);
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt).toContain('a XYZb');
    expect(excerptAround('[1,', 3)).toBe('[1,');
  });

  test.prop([fc.string({ maxLength: 500 }), fc.nat(600)])('stays short', (text, position) => {
    expect(excerptAround(text, Math.min(position, text.length)).length).toBeLessThanOrEqual(82);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-08-20T10:00:00Z');
  it('reads delta-seconds and HTTP dates; a past date means now', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Thu, 20 Aug 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Thu, 20 Aug 2026 09:00:00 GMT', now)).toBe(0);
  });
  it('ignores an absent or unreadable header', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
  });
});
