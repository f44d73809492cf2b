import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordBit, wordFilter } from './word-bit.js';

describe('wordBit and wordFilter', () => {
  it('gives one bit a word, the same for equal words', () => {
    for (const word of ['anker', 'a', 'power-bank', '充电宝']) {
      const bit = wordBit(word);
      expect(bit & (bit - 1)).toBe(0);
      expect(bit).not.toBe(0);
      expect(wordBit(word.slice(0))).toBe(bit);
    }
  });

  it('never turns away a word that is among the filtered words', () => {
    fc.assert(fc.property(fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 40 }), (words) => {
      const filter = wordFilter(words);
      for (const word of words) expect(filter & wordBit(word)).not.toBe(0);
    }));
  });

  it('or-s onto a starting filter', () => {
    expect(wordFilter(['bank'], wordBit('anker'))).toBe(wordBit('anker') | wordBit('bank'));
    expect(wordFilter([])).toBe(0);
  });
});
