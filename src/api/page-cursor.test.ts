import { describe, expect, it } from 'vitest';
import { isRecallguardError } from '../errors/index.js';
import { decodeCursor, encodeCursor, pageOf } from './page-cursor.js';

describe('page cursors', () => {
  it('round-trip a position, opaque to the client', () => {
    const cursor = encodeCursor('recalls', 'cpsc:17057');
    expect(cursor).not.toContain('17057');
    expect(decodeCursor('recalls', cursor)).toBe('cpsc:17057');
  });

  it.each(['', 'abc', encodeCursor('matches', '1'), Buffer.from('{"after":"1"}').toString('base64url')])('refuse %j as a recalls cursor', (cursor) => {
    let thrown: unknown;
    try {
      decodeCursor('recalls', cursor);
    } catch (error) {
      thrown = error;
    }
    expect(isRecallguardError(thrown) && thrown.code).toBe('RG_ERR_INVALID_REQUEST');
  });

  it('give a next cursor only when the query found more than the page', () => {
    expect(pageOf('x', ['a', 'b', 'c'], 2, (row) => row)).toEqual({ items: ['a', 'b'], next: encodeCursor('x', 'b') });
    expect(pageOf('x', ['a', 'b'], 2, (row) => row)).toEqual({ items: ['a', 'b'], next: null });
    expect(pageOf('x', [], 2, (row) => row)).toEqual({ items: [], next: null });
  });
});
