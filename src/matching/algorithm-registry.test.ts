import { describe, expect, it } from 'vitest';
import { ALGORITHMS, getAlgorithm } from './algorithm-registry.js';

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

  it('refuses an unknown algorithm with a coded error', () => {
    expect(() => getAlgorithm('rg-v0')).toThrow(expect.objectContaining({ code: 'RG_ERR_UNKNOWN_ALGORITHM' }));
  });
});
