import { describe, expect, it } from 'vitest';
import { bestCandidateLabels, chooseListingThresholds } from './listing-thresholds.js';

describe('bestCandidateLabels', () => {
  it('keeps the best candidate of each listing and its label', () => {
    expect(bestCandidateLabels([
      [{ score: 0.3, label: 1 }, { score: 0.8, label: 0 }],
      [{ score: 0.7, label: 1 }, { score: 0.2, label: 0 }],
      [],
    ])).toEqual([{ score: 0.8, label: 0 }, { score: 0.7, label: 1 }, { score: 0, label: 0 }]);
  });

  it('lets the wrong candidate win a tie', () => {
    expect(bestCandidateLabels([[{ score: 0.5, label: 1 }, { score: 0.5, label: 0 }]])[0]?.label).toBe(0);
    expect(bestCandidateLabels([[{ score: 0.5, label: 0 }, { score: 0.5, label: 1 }]])[0]?.label).toBe(0);
  });
});

describe('chooseListingThresholds', () => {
  it('chooses thresholds on listings, not on every pair', () => {
    const listings = [
      [{ score: 0.95, label: 1 }, { score: 0.9, label: 0 }],
      [{ score: 0.9, label: 1 }],
      [{ score: 0.85, label: 0 }, { score: 0.2, label: 1 }],
      [{ score: 0.6, label: 1 }],
      [{ score: 0.1, label: 0 }],
    ] as const;
    // Pairwise the 0.9 wrong candidate would break precision at 0.9; per listing it is hidden by the 0.95 one.
    expect(chooseListingThresholds(listings, { blockPrecision: 1, reviewRecall: 1 })).toMatchObject({ block: 0.9, review: 0.6 });
  });
});
