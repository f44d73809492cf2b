import { describe, expect, it } from 'vitest';
import { ALGORITHMS, DEFAULT_ALGORITHM, getAlgorithm } from './algorithm-registry.js';
import { buildRecallIndex } from './recall-index.js';
import { screenListing } from './screen.js';
import { listingOf, recallOf } from './testing/factories.js';

describe('algorithm registry', () => {
  it.each([...ALGORITHMS.values()].map((algorithm) => [algorithm.name, algorithm] as const))(
    '%s lists every positive feature before the negative ones (compare relies on it)',
    (_name, algorithm) => {
      const weights = algorithm.features.map((entry) => entry.weight);
      const firstNegative = weights.findIndex((weight) => weight < 0);
      expect(weights.slice(firstNegative).every((weight) => weight < 0)).toBe(true);
      expect(algorithm.thresholds.block).toBeGreaterThanOrEqual(algorithm.thresholds.review);
    },
  );

  it('gives every feature a name, a description and a unique name', () => {
    for (const algorithm of ALGORITHMS.values()) {
      const names = algorithm.features.map((entry) => entry.feature.name);
      expect(new Set(names).size).toBe(names.length);
      for (const { feature } of algorithm.features) expect(feature.description.length).toBeGreaterThan(20);
    }
  });

  it('lists rg-v1, the fitted rg-v2 and rg-v3, the default', () => {
    expect([...ALGORITHMS.keys()]).toEqual(expect.arrayContaining(['rg-v1', 'rg-v2', 'rg-v3']));
    expect(DEFAULT_ALGORITHM).toBe('rg-v3');
    expect(getAlgorithm('rg-v2').combination?.kind).toBe('logistic');
  });

  it('rg-v2 loads from its JSON and scores with per-feature explanations', () => {
    const recalls = [
      recallOf('cpsc:r2a', { name: 'Anker PowerCore 10000 Power Bank', brands: ['Anker'], modelNumbers: ['A1263'], gtins: ['012345678905'] }),
      recallOf('cpsc:r2b', { name: 'gb Qbit Lightweight Stroller', brands: ['gb'], modelNumbers: ['10AW1G-AQU2U'] }),
    ];
    const index = buildRecallIndex(recalls, { algorithm: 'rg-v2' });
    const hit = screenListing(index, listingOf('Anker PowerCore 10000 A1263 power bank', { brand: 'Anker' }));
    expect(hit.decision).not.toBe('clear');
    expect(hit.matches[0]?.recallId).toBe('cpsc:r2a');
    expect(hit.matches[0]?.features.map((feature) => feature.name)).toContain('model_rarity');
    const accessory = screenListing(index, listingOf('Silicone case for Anker A1263 power bank'));
    expect(accessory.matches[0]?.score ?? 0).toBeLessThan(hit.matches[0]?.score ?? 0);
    expect(accessory.decision).not.toBe('block');
  });

  it('refuses an unknown algorithm with a coded error', () => {
    expect(() => getAlgorithm('rg-v0')).toThrow(expect.objectContaining({ code: 'RG_ERR_UNKNOWN_ALGORITHM' }));
  });
});
