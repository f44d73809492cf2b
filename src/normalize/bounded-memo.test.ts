import { describe, expect, it } from 'vitest';
import { boundedMemo, rememberLastTwo } from './bounded-memo.js';

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

describe('rememberLastTwo', () => {
  it('computes a text again only once two others were asked about since', () => {
    const calls: string[] = [];
    const length = rememberLastTwo((text) => {
      calls.push(text);
      return text.length;
    });
    expect([length('title'), length('description'), length('title'), length('description')]).toEqual([5, 11, 5, 11]);
    expect(calls).toEqual(['title', 'description']);
    length('other');
    length('title');
    expect(calls).toEqual(['title', 'description', 'other', 'title']);
  });

  it('remembers falsy answers and the empty text too', () => {
    let calls = 0;
    const no = rememberLastTwo(() => {
      calls += 1;
      return false;
    });
    expect([no(''), no(''), no('x'), no('')]).toEqual([false, false, false, false]);
    expect(calls).toBe(2);
  });
});
