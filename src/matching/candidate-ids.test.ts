import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { CandidateIds } from './candidate-ids.js';

describe('CandidateIds', () => {
  it('keeps each id once, in the order first added', () => {
    const ids = new CandidateIds();
    ids.addAll([3, 1, 3]);
    ids.add(1);
    ids.addAll(undefined);
    expect(ids.toArray()).toEqual([3, 1]);
    expect(ids.size).toBe(2);
    expect(ids.has(3)).toBe(true);
    expect(ids.has(2)).toBe(false);
  });

  // long lists switch to a set: the same answers on both sides of the switch
  test.prop([fc.array(fc.integer({ min: 0, max: 80 }), { maxLength: 300 })])('behaves as an insertion-ordered Set', (added) => {
    const ids = new CandidateIds();
    const reference = new Set<number>();
    for (const id of added) {
      ids.add(id);
      reference.add(id);
      expect(ids.size).toBe(reference.size);
    }
    expect(ids.toArray()).toEqual([...reference]);
    for (let id = 0; id <= 81; id++) expect(ids.has(id)).toBe(reference.has(id));
  });
});
