import { describe, expect, it } from 'vitest';
import { chooseThreshold, confusionAt, precisionRecall, type ScoredLabel } from '../../bench/eval/metrics.js';

const pair = (score: number, match: boolean): ScoredLabel => ({ score, match });

// Worked by hand: at 0.7 → tp 3 (0.95, 0.9, 0.7), fp 1 (0.8), fn 1 (0.4): P 0.75, R 0.75, F1 0.75.
const SET = [pair(0.95, true), pair(0.9, true), pair(0.8, false), pair(0.7, true), pair(0.6, false), pair(0.4, true), pair(0.1, false)];

describe('precisionRecall and confusionAt', () => {
  it('counts a threshold as inclusive', () => {
    expect(confusionAt(SET, 0.7)).toEqual({ truePositives: 3, falsePositives: 1, falseNegatives: 1, trueNegatives: 2 });
    expect(precisionRecall(confusionAt(SET, 0.7))).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75 });
  });

  it('gives 0 rather than NaN when nothing is predicted or nothing is positive', () => {
    expect(precisionRecall(confusionAt(SET, 2))).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(precisionRecall(confusionAt([pair(0.9, false)], 0.5))).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('computes an unbalanced case', () => {
    const { precision, recall, f1 } = precisionRecall({ truePositives: 8, falsePositives: 2, falseNegatives: 8, trueNegatives: 82 });
    expect([precision, recall]).toEqual([0.8, 0.5]);
    expect(f1).toBeCloseTo(0.6154, 4);
  });
});

describe('chooseThreshold', () => {
  it('picks the score with the best F1 on the set', () => {
    // Candidates: 0.95 → 0.4, 0.9 → 0.667, 0.8 → 0.571, 0.7 → 0.75, 0.6 → 0.667, 0.4 → 0.8, 0.1 → 0.727.
    const chosen = chooseThreshold(SET);
    expect(chosen.threshold).toBe(0.4);
    expect(chosen.f1).toBeCloseTo(0.8, 10);
    expect(precisionRecall(confusionAt(SET, chosen.threshold)).f1).toBeCloseTo(chosen.f1, 10);
  });

  it('never splits pairs of equal score and prefers the higher threshold on a tie', () => {
    // 0.5 → tp 1 of 2 predicted: F1 0.5; 0.3 → tp 2, fp 2: F1 0.667; 0.2 → same tp, more fp.
    const tied = [pair(0.5, true), pair(0.5, false), pair(0.3, true), pair(0.3, false), pair(0.2, false)];
    expect(chooseThreshold(tied)).toEqual({ threshold: 0.3, f1: 2 / 3 });
    const equal = [pair(0.9, true), pair(0.5, true), pair(0.5, false), pair(0.4, false)];
    // 0.9 → P 1, R 0.5, F1 0.667; 0.5 → P 0.667, R 1, F1 0.8: the tie at 0.5 stays together.
    expect(chooseThreshold(equal).threshold).toBe(0.5);
  });

  it('on an exact F1 tie keeps the higher threshold', () => {
    // 0.8 → tp 1, F1 2/3 (P 1, R 0.5); 0.6 → tp 2, fp 2, F1 2/3 as well.
    const tie = [pair(0.8, true), pair(0.7, false), pair(0.65, false), pair(0.6, true)];
    expect(chooseThreshold(tie)).toEqual({ threshold: 0.8, f1: 2 / 3 });
  });

  it('does not depend on the input order', () => {
    expect(chooseThreshold([...SET].reverse())).toEqual(chooseThreshold(SET));
  });
});
