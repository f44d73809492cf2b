import { describe, expect, it } from 'vitest';
import { isOneEditApart } from '../../src/matching/features/index.js';
import { buildRecallIndex } from '../../src/matching/index.js';
import { recallOf } from '../../src/matching/testing/factories.js';
import { modelKey } from '../../src/normalize/index.js';
import { Rng } from '../../bench/lib/prng.js';
import { nearModel, otherModel, RecalledModelKeys } from '../../bench/eval/model-mutation.js';
import { cleanProductName, negativeCases, typeWords } from '../../bench/eval/negative-cases.js';
import { positiveCases } from '../../bench/eval/positive-cases.js';
import { generateSuite, negativeContext } from '../../bench/eval/screening-suite.js';
import { idSequence, isPositiveKind } from '../../bench/eval/suite-case.js';

// Model numbers, brands and barcodes of real CPSC recalls (23026, 05193, 12080), plus filler so that
// "treadmill" and "scooter" are type words shared by many recalls.
const RECALLS = [
  recallOf('cpsc:23026', { name: 'Horizon T101-05 Treadmills', brands: ['Horizon Fitness'], modelNumbers: ['T101-05'] }),
  recallOf('cpsc:05193', { name: 'Razor Electric Scooters', brands: ['Razor'], modelNumbers: ['E300', 'E300S', 'E200', 'E200S'] }),
  recallOf('cpsc:12080', { name: 'Target 6-pc. LED Flashlight Sets', brands: ['Target'], gtins: ['490021010049'] }),
  ...['Alpha', 'Bravo', 'Charlie', 'Delta'].map((brand, i) => recallOf(`cpsc:t-${i}`, { name: `${brand} Folding Treadmills`, brands: [brand] })),
  ...['Echo', 'Foxtrot', 'Golf', 'Hotel'].map((brand, i) => recallOf(`cpsc:t-s${i}`, { name: `${brand} Electric Scooters`, brands: [brand] })),
];
const INDEX = buildRecallIndex(RECALLS);
const RECALLED = new RecalledModelKeys(INDEX);

describe('model mutations', () => {
  it('near models are one character from the recalled model and not recalled themselves', () => {
    const rng = new Rng(5);
    for (let i = 0; i < 50; i += 1) {
      const near = nearModel('T101-05', RECALLED, rng);
      expect(near).toBeDefined();
      const key = modelKey(near as string);
      expect(isOneEditApart('t10105', key)).toBe(true);
      expect(RECALLED.matchesRecalled(key)).toBe(false);
    }
  });

  it('never returns a recalled sibling: E300 may not become E200', () => {
    const rng = new Rng(11);
    for (let i = 0; i < 100; i += 1) {
      const near = nearModel('E300', RECALLED, rng);
      if (near !== undefined) expect(['e300', 'e300s', 'e200', 'e200s']).not.toContain(modelKey(near));
    }
  });

  it('other models keep the shape but are neither recalled nor one character from a sibling', () => {
    const rng = new Rng(3);
    const siblings = ['E300', 'E300S', 'E200', 'E200S'];
    for (let i = 0; i < 50; i += 1) {
      const other = otherModel('E300', siblings, RECALLED, rng) as string;
      expect(other).toMatch(/^E\d{3}$/);
      const key = modelKey(other);
      expect(RECALLED.matchesRecalled(key)).toBe(false);
      for (const sibling of siblings) expect(isOneEditApart(modelKey(sibling), key)).toBe(false);
    }
  });

  it('counts prefixes of 5+ characters and stems as matching a recalled model', () => {
    const index = buildRecallIndex([recallOf('cpsc:17057', { name: 'gb Qbit Stroller', modelNumbers: ['10AW1G-AQU2U'] })]);
    const keys = new RecalledModelKeys(index);
    expect(keys.matchesRecalled(modelKey('10AW1G'))).toBe(true);
    expect(keys.matchesRecalled(modelKey('10AW1G-AQU'))).toBe(true);
    expect(keys.isRecalled(modelKey('10AW1G'))).toBe(false);
  });
});

describe('product names for negatives', () => {
  it('cuts model numbers and model wording out of a name', () => {
    expect(cleanProductName('COMMOWNER Electric Pressure Washers, model numbers HD14P-Z and HX18', ['HD14P-Z', 'HX18'])).toBe(
      'COMMOWNER Electric Pressure Washers',
    );
    expect(cleanProductName('Horizon T101-05 Treadmills', ['T101-05'])).toBe('Horizon Treadmills');
  });

  it('keeps only the words many recalls share, without the brand', () => {
    const frequency = (token: string): number => ({ folding: 4, treadmills: 9, horizon: 1 })[token] ?? 0;
    expect(typeWords('Horizon Folding Treadmills', 'Horizon', frequency)).toBe('Folding Treadmills');
  });
});

describe('suite cases of one recalled product', () => {
  const context = negativeContext(INDEX);

  it('labels every evasion of a recalled product as a positive of its recall', () => {
    const cases = positiveCases(RECALLS[1]!, 0, new Rng(1), idSequence('p-'));
    expect(cases.length).toBeGreaterThan(4);
    for (const suiteCase of cases) {
      expect(suiteCase.positive).toBe(true);
      expect(isPositiveKind(suiteCase.kind)).toBe(true);
      expect(suiteCase.recallId).toBe('cpsc:05193');
    }
    expect(cases.map((c) => c.kind)).not.toContain('barcode-only');
    const barcoded = positiveCases(RECALLS[2]!, 0, new Rng(1), idSequence('b-'));
    expect(barcoded.find((c) => c.kind === 'barcode-only')?.listing.gtins).toEqual(['490021010049']);
  });

  it('labels hard negatives by kind, with model numbers that no recall lists', () => {
    const cases = negativeCases(RECALLS[0]!, 0, context, new Rng(2), idSequence('n-'));
    const kinds = cases.map((c) => c.kind);
    expect(kinds).toEqual(expect.arrayContaining(['same-brand-other-model', 'near-model', 'accessory', 'same-type-other-brand']));
    for (const suiteCase of cases) {
      expect(suiteCase.positive).toBe(false);
      expect(suiteCase.listing.gtins).toBeUndefined();
      if (suiteCase.kind !== 'accessory') expect(suiteCase.listing.title).not.toMatch(/T101-05/);
    }
    const near = cases.find((c) => c.kind === 'near-model')!;
    const nearModelKey = modelKey(near.listing.title.split(' ').at(-1)!);
    expect(isOneEditApart('t10105', nearModelKey)).toBe(true);
    expect(RECALLED.isRecalled(nearModelKey)).toBe(false);
    expect(cases.find((c) => c.kind === 'accessory')?.listing.title).toMatch(/ for |compatible with|适用于/i);
    const typed = cases.find((c) => c.kind === 'same-type-other-brand')!;
    expect(typed.listing.title).toMatch(/Treadmills/);
    expect(typed.listing.title).not.toMatch(/Horizon/);
  });

  it('makes no model-based negatives for a product without model numbers', () => {
    const kinds = negativeCases(RECALLS[2]!, 0, context, new Rng(4), idSequence('n-')).map((c) => c.kind);
    expect(kinds).not.toContain('near-model');
    expect(kinds).not.toContain('same-brand-other-model');
  });
});

describe('generateSuite', () => {
  const size = { withBarcode: 1, withModel: 2, nameOnly: 3, unrelated: 10 };

  it('is the same for the same seed and differs for another', () => {
    const first = generateSuite(RECALLS, INDEX, { seed: 9, size });
    const again = generateSuite(RECALLS, INDEX, { seed: 9, size });
    const other = generateSuite(RECALLS, INDEX, { seed: 10, size });
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(first));
  });

  it('gives every listing a unique id, positives a recall, background none', () => {
    const cases = generateSuite(RECALLS, INDEX, { seed: 1, size });
    expect(new Set(cases.map((c) => c.listing.id)).size).toBe(cases.length);
    expect(cases.filter((c) => c.kind === 'unrelated')).toHaveLength(10);
    for (const suiteCase of cases) expect(suiteCase.recallId === undefined).toBe(suiteCase.kind === 'unrelated');
  });
});
