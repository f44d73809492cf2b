import { describe, expect, it } from 'vitest';
import { boundedMemo } from './bounded-memo.js';

describe('boundedMemo', () => {
  it('computes each key once while it is remembered, and forgets everything when full', () => {
    const calls: string[] = [];
    const upper = boundedMemo(2, (key) => {
      calls.push(key);
      return key.toUpperCase();
    });
    expect([upper('a'), upper('a'), upper('b'), upper('a')]).toEqual(['A', 'A', 'B', 'A']);
    expect(calls).toEqual(['a', 'b']);
    upper('c');
    expect(upper('a')).toBe('A');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });

  it('remembers falsy answers too', () => {
    let calls = 0;
    const no = boundedMemo(10, () => {
      calls += 1;
      return false;
    });
    no('x');
    no('x');
    expect(calls).toBe(1);
  });
});
