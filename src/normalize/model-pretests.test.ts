import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { followsIntroducer, isSpacedSingle, KEYWORDS, NUMBER_WORDS, QUALIFIED_KEYWORDS } from './model-pretests.js';

/** The extractor's spaced-out pattern, as it stands in model-number.ts. */
const SPACED_OUT_RE =
  /(?<![A-Za-z0-9]|[A-Za-z0-9][-/._])[A-Za-z0-9](?: [A-Za-z0-9](?![A-Za-z0-9]|[-/._][A-Za-z0-9])){2,}/g;

const at = (text: string, value: string): number => text.lastIndexOf(value);

describe('followsIntroducer', () => {
  it.each([
    ['Model No. 8361', '8361', true],
    ['trampoline model 8361', '8361', true],
    ['SKU#1120', '1120', true],
    ['Item: (5502)', '5502', true],
    ['style NUMBER BM02545', 'BM02545', true],
    ['Ref.-123', '123', true],
    // "maybe", though the extractor takes no value there: a pre-test may say yes too often, never too seldom
    ['Part 2 of the kit', '2', true],
    ['x-model 8361', '8361', true],
    ['Catalog 8361', '8361', true],
    ['Power Bank 8361', '8361', false],
    ['model, 8361', '8361', false],
    ['model_ 8361', '8361', false],
    ['modelo 8361', '8361', false],
    ['8361', '8361', false],
    ['10000mAh 8361', '8361', false],
    ['- 8361', '8361', false],
  ])('%s: may %s be a keyword value? %s', (text, value, maybe) => {
    expect(followsIntroducer(text, at(text, value))).toBe(maybe);
  });

  const word = (words: ReadonlySet<string>): fc.Arbitrary<string> =>
    fc.constantFrom(...words).chain((w) => fc.constantFrom(w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1)));
  const gap = fc.array(fc.constantFrom(' ', '\t', '.', ':', '#', '=', '(', ')', '-'), { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
  test.prop([fc.string({ maxLength: 8 }), word(new Set([...KEYWORDS, ...QUALIFIED_KEYWORDS])), gap,
    fc.array(fc.tuple(word(NUMBER_WORDS), gap), { maxLength: 2 }), fc.stringMatching(/^[A-Z]{0,2}[0-9]{1,6}$/)])(
    'says maybe for every value right after a keyword and its "no."',
    (before, keyword, firstGap, numberWords, value) => {
      const text = `${before} ${keyword}${firstGap}${numberWords.map(([w, g]) => `${w}${g}`).join('')}${value}`;
      expect(followsIntroducer(text, text.length - value.length)).toBe(true);
    },
  );
});

describe('isSpacedSingle', () => {
  it.each([
    ['A 1 2 6 3', 2, true],
    ['x A 1 2', 4, true],
    ['1 2', 0, true],
    ['Size 6 M fits', 5, true],
    ['Air Fryer 6 qt', 10, false],
    ['6', 0, false],
    ['ax 6', 3, false],
    ['6 qt', 0, false],
    ['A  1', 3, false],
  ])('%s at %i: may be a spaced-out single? %s', (text, start, maybe) => {
    expect(isSpacedSingle(text, start)).toBe(maybe);
  });

  const spacedText = fc.array(fc.constantFrom('A', 'b', '1', '7', ' ', ' ', ' ', '-', '/', '.', '_', 'x9', 'é'), { maxLength: 24 })
    .map((cs) => cs.join(''));
  test.prop([spacedText])('says maybe for every digit of a spaced-out run', (text) => {
    for (const m of text.matchAll(SPACED_OUT_RE)) {
      for (let i = m.index; i < m.index + m[0].length; i++) {
        const code = text.charCodeAt(i);
        if (code >= 48 && code <= 57) expect(isSpacedSingle(text, i)).toBe(true);
      }
    }
  });
});
