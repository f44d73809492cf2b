import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { pushAsciiTokens, pushCompound } from './ascii-tokens.js';

/** The one-scan test tokenize used before: whether repeated punctuation, spaced-out letters or leet could be undone. */
const MAY_REWRITE_RE = /[!-/:-@[-`{-~]{2}|(?<![a-z0-9])[a-z0-9] [a-z0-9](?![a-z0-9])|[a-z](?:[013457@$]|00)[a-z]/;

/** Lower-case ASCII text made of the characters that matter to the scan. */
const text = fc.string({ unit: fc.constantFrom(...'abkz01234579 @$-/._,!()#'), maxLength: 40 });
/** Words, stop words, joined words and model numbers, in any case, between separators and punctuation. */
const wordy = fc
  .array(fc.oneof(fc.constantFrom('the', 'new', 'with', 'for', 'a', 'x', 'usb', 'wi', 'fi', 'BS', '30kp365', '2024', 'Pcs'), text), { maxLength: 8 })
  .chain((words) => fc.constantFrom(' ', '-', '/', '.', '_', ', ').map((gap) => words.join(gap)));
const ASCII_WORD_RE = /[A-Za-z0-9]+(?:[-/._][A-Za-z0-9]+)*/g;

describe('pushAsciiTokens', () => {
  it('cuts lower-case text into tokens', () => {
    const out: string[] = [];
    expect(pushAsciiTokens('anker a1263 power-bank bs-30kp365 for the iphone', out)).toBe(true);
    expect(out).toEqual(['anker', 'a1263', 'power', 'bank', 'bs30kp365', 'for', 'iphone']);
  });

  it.each(['p0wer bank', 'b@nk', 'great!!', 'a n k e r', 'lakew00d', 'x (y z)'])('notices what may need undoing in %j', (input) => {
    expect(pushAsciiTokens(input, [])).toBe(false);
  });

  test.prop([text])('reports a possible rewrite exactly where the former regular expression matched', (input) => {
    expect(pushAsciiTokens(input, [])).toBe(!MAY_REWRITE_RE.test(input));
  });

  it('keeps a joined word with letters and digits as one token, and splits the others', () => {
    const out: string[] = [];
    pushAsciiTokens('bs-30kp365 usb-c wi-fi the-best 10-20 a1b2c3d4e5f6-g7h8i9j0k1l2m3', out);
    expect(out).toEqual(['bs30kp365', 'usb', 'wi', 'fi', '10', '20', 'a1b2c3d4e5f6', 'g7h8i9j0k1l2m3']);
  });

  test.prop([wordy])('gives the tokens of pushCompound over each joined word', (input) => {
    const expected: string[] = [];
    for (const word of input.match(ASCII_WORD_RE) ?? []) pushCompound(word, expected);
    const out: string[] = [];
    pushAsciiTokens(input, out);
    expect(out).toEqual(expected);
  });
});
