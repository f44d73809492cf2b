import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { followsIntroducer, isSpacedSingle, KEYWORDS, NUMBER_WORDS, QUALIFIED_KEYWORDS } from './model-pretests.js';

/** The extractor's spaced-out pattern, as it stands in model-number.ts. */
const SPACED_OUT_RE =
  /(?<![A-Za-z0-9]|[A-Za-z0-9][-/._])[A-Za-z0-9](?: [A-Za-z0-9](?![A-Za-z0-9]|[-/._][A-Za-z0-9])){2,}/g;

const at = (text: string, value: string): number => text.lastIndexOf(value);

describe('followsIntroducer', () => {
  it.each([
    ['Model No. 8361', '8361'],
    ['trampoline model 8361', '8361'],
    ['SKU#1120', '1120'],
    ['Item: (5502)', '5502'],
    ['style NUMBER BM02545', 'BM02545'],
    ['Ref.-123', '123'],
    // "maybe", though the extractor takes no value there: a pre-test may say yes too often, never too seldom
    ['Part 2 of the kit', '2'],
    ['x-model 8361', '8361'],
    ['Catalog 8361', '8361'],
  ])('%s: %s may be a keyword value', (text, value) => {
    expect(followsIntroducer(text, at(text, value))).toBe(true);
  });

  it.each([
    ['Power Bank 8361', '8361'],
    ['model, 8361', '8361'],
    ['model_ 8361', '8361'],
    ['modelo 8361', '8361'],
    ['8361', '8361'],
    ['10000mAh 8361', '8361'],
    ['- 8361', '8361'],
  ])('%s: %s is no keyword value', (text, value) => {
    expect(followsIntroducer(text, at(text, value))).toBe(false);
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
    ['A 1 2 6 3', 2],
    ['x A 1 2', 4],
    ['1 2', 0],
    ['Size 6 M fits', 5],
  ])('%s at %i says maybe', (text, start) => {
    expect(isSpacedSingle(text, start)).toBe(true);
  });

  it.each([
    ['Air Fryer 6 qt', 10],
    ['6', 0],
    ['ax 6', 3],
    ['6 qt', 0],
    ['A  1', 3],
  ])('%s at %i is no spaced-out single', (text, start) => {
    expect(isSpacedSingle(text, start)).toBe(false);
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
