import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { digitRuns } from './digit-runs.js';

/** What the runs must equal: the matches of `/[0-9]+/g`. */
function expected(text: string): { bounds: number[]; digits: number; longest: number } {
  const bounds: number[] = [];
  for (const match of text.matchAll(/[0-9]+/g)) bounds.push(match.index, match.index + match[0].length);
  const lengths = bounds.filter((_, i) => i % 2 === 1).map((end, i) => end - (bounds[2 * i] as number));
  return { bounds, digits: lengths.reduce((sum, length) => sum + length, 0), longest: Math.max(0, ...lengths) };
}

describe('digitRuns', () => {
  it('finds each run of ASCII digits, their count and the longest', () => {
    expect(digitRuns('65W RT-5105-US')).toEqual({ bounds: [0, 2, 7, 11], digits: 6, longest: 4 });
    expect(digitRuns('UPC 0 12345 67890 5')).toEqual({ bounds: [4, 5, 6, 11, 12, 17, 18, 19], digits: 12, longest: 5 });
    expect(digitRuns('no digits here')).toEqual({ bounds: [], digits: 0, longest: 0 });
    expect(digitRuns('')).toEqual({ bounds: [], digits: 0, longest: 0 });
    // full-width and other Unicode digits are not ASCII digits: callers fold them first
    expect(digitRuns('A１２６３ ٣')).toEqual({ bounds: [], digits: 0, longest: 0 });
  });

  it('answers for each text, whatever texts were asked about before', () => {
    const title = 'Anker PowerCore 10000 A1263';
    const description = 'Ships in 2 days, 12 month warranty';
    for (const text of [title, description, title, 'other 42', description, title]) expect(digitRuns(text)).toEqual(expected(text));
  });

  test.prop([fc.array(fc.string({ unit: fc.constantFrom('1', '2', '0', '9', 'a', ' ', '-', '٣', 'Ｏ') }), { minLength: 1, maxLength: 5 })])(
    'equals the matches of /[0-9]+/g, texts asked about in any order',
    (texts) => {
      for (const text of [...texts, ...texts.reverse()]) expect(digitRuns(text)).toEqual(expected(text));
    },
  );
});
