import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { pushAsciiTokens } from './ascii-tokens.js';

/** The one-scan test tokenize used before: whether repeated punctuation, spaced-out letters or leet could be undone. */
const MAY_REWRITE_RE = /[!-/:-@[-`{-~]{2}|(?<![a-z0-9])[a-z0-9] [a-z0-9](?![a-z0-9])|[a-z](?:[013457@$]|00)[a-z]/;

/** Lower-case ASCII text made of the characters that matter to the scan. */
const text = fc.string({ unit: fc.constantFrom(...'abkz01234579 @$-/._,!()#'), maxLength: 40 });

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
});
