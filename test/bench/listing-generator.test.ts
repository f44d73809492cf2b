import { describe, expect, it } from 'vitest';
import { Listing } from '../../src/listings/index.js';
import { modelKey } from '../../src/normalize/index.js';
import { Recall } from '../../src/recalls/index.js';
import { generateListings } from '../../bench/lib/listing-generator.js';
import {
  insertZeroWidth, reformatModel, spaceLetters, swapHomoglyphs, toFullWidth, ZERO_WIDTH_SPACE,
} from '../../bench/lib/evasions.js';

const RECALLS = [
  Recall.parse({
    id: 'cpsc:t1', source: 'cpsc', title: 'Anker power bank recall', publishedAt: '2025-06-12',
    products: [{ name: 'Anker PowerCore 10000 Power Bank', brands: ['Anker'], modelNumbers: ['A1263'], gtins: ['012345678905'] }],
  }),
];

describe('text perturbations (bench and eval evasions)', () => {
  it('reformats a model without changing its match key', () => {
    for (const format of ['joined', 'spaced', 'dashed', 'dotted', 'lower', 'lower-joined'] as const) {
      expect(modelKey(reformatModel('BS-30KP365', format))).toBe(modelKey('BS-30KP365'));
    }
  });

  it('disguises text in the ways sellers do, and the normalisers undo it', () => {
    expect(swapHomoglyphs('POLO 100')).toBe('P0L0 lOO');
    expect(modelKey(swapHomoglyphs('A1263'))).toBe(modelKey('A1263'));
    expect(toFullWidth('XJ-2041')).toBe('ＸＪ－２０４１');
    expect(insertZeroWidth('Anker').split(ZERO_WIDTH_SPACE)).toEqual(['A', 'n', 'k', 'e', 'r']);
    expect(spaceLetters('Goal Zero')).toBe('G o a l   Z e r o');
  });
});

describe('generateListings', () => {
  const take = (seed: number) => [...generateListings(400, { seed, recalls: RECALLS, recallShare: 0.1 })];

  it('is deterministic for a seed and differs across seeds', () => {
    expect(take(5)).toEqual(take(5));
    expect(take(5).map((item) => item.listing.title)).not.toEqual(take(6).map((item) => item.listing.title));
  });

  it('writes valid listings, about the asked share derived from recalls, each with its truth', () => {
    const items = take(1);
    for (const item of items) expect(Listing.safeParse(item.listing).success, item.listing.title).toBe(true);
    const derived = items.filter((item) => item.truth !== undefined);
    expect(derived.length).toBeGreaterThan(20);
    expect(derived.length).toBeLessThan(80);
    for (const item of derived) {
      expect(item.truth?.recallId).toBe('cpsc:t1');
      expect(item.truth?.listingId).toBe(item.listing.id);
    }
    expect(new Set(items.map((item) => item.listing.id)).size).toBe(items.length);
  });
});
