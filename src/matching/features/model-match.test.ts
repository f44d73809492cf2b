import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isOneEditApart } from './model-match.js';

const key = fc.stringMatching(/^[a-z0-9]{2,12}$/);

describe('isOneEditApart', () => {
  it.each([
    ['a1263', 'a1264', true], ['a1263', 'a12630', true], ['a1263', 'a263', true], ['a1263', 'a1236', true],
    ['a1263', 'a1263', false], ['a1263', 'a1274', false], ['a1263', 'a126300', false], ['bs30kp365', 'bs30kp366', true],
  ])('%s vs %s -> %s', (a, b, expected) => {
    expect(isOneEditApart(a, b)).toBe(expected);
  });

  test.prop([key, key])('is symmetric', (a, b) => {
    expect(isOneEditApart(a, b)).toBe(isOneEditApart(b, a));
  });

  test.prop([key, fc.nat(), fc.constantFrom(...'abcxyz0123456789')])('one deletion, insertion or substitution is one edit', (a, at, char) => {
    const i = at % a.length;
    const variants = [a.slice(0, i) + a.slice(i + 1), a.slice(0, i) + char + a.slice(i), a.slice(0, i) + char + a.slice(i + 1)];
    for (const variant of variants) if (variant !== a) expect(isOneEditApart(a, variant)).toBe(true);
  });
});
