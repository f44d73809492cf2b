import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { mayBeStopWord, STOP_WORDS } from './stop-words.js';

/** Words near the stop words: the same letters and lengths, so the pre-test's tables are put to work. */
const word = fc.oneof(
  fc.constantFrom(...STOP_WORDS),
  fc.string({ unit: fc.constantFrom(...'abdefhinorstuwy0235'), minLength: 1, maxLength: 12 }),
  fc.string({ minLength: 1, maxLength: 40 }),
);

describe('mayBeStopWord', () => {
  it('is true for every stop word, also inside longer text', () => {
    for (const stop of STOP_WORDS) {
      expect(mayBeStopWord(stop, 0, stop.length)).toBe(true);
      expect(mayBeStopWord(`x ${stop} y`, 2, 2 + stop.length)).toBe(true);
    }
  });

  it('rules out most title words', () => {
    expect(mayBeStopWord('usb charger', 4, 11)).toBe(false);
    expect(mayBeStopWord('power bank', 6, 10)).toBe(false);
    expect(mayBeStopWord('a1263', 0, 5)).toBe(false);
  });

  test.prop([fc.string({ maxLength: 3 }), word, fc.string({ maxLength: 3 })])('never rules out a stop word', (before, w, after) => {
    if (STOP_WORDS.has(w)) expect(mayBeStopWord(`${before}${w}${after}`, before.length, before.length + w.length)).toBe(true);
    else expect(typeof mayBeStopWord(w, 0, w.length)).toBe('boolean');
  });
});
