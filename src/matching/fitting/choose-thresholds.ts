import type { Thresholds } from '../algorithm.js';

export interface ScoredLabel {
  readonly score: number;
  readonly label: 0 | 1;
}

export interface ThresholdTargets {
  /** `block` is the lowest score at which precision reaches this. Default 0.98. */
  readonly blockPrecision?: number;
  /** `review` is the highest score at which recall still reaches this. Default 0.98. */
  readonly reviewRecall?: number;
}

/**
 * Picks decision thresholds on validation data: `block` for precision, `review` for recall. When no score
 * reaches the precision target, `block` is 1 (nothing is blocked automatically); `review` never exceeds it.
 * @example chooseThresholds(validationScores).block
 */
export function chooseThresholds(scored: readonly ScoredLabel[], targets: ThresholdTargets = {}): Thresholds & { blockPrecision: number; reviewRecall: number } {
  const wantPrecision = targets.blockPrecision ?? 0.98;
  const wantRecall = targets.reviewRecall ?? 0.98;
  const sorted = [...scored].sort((a, b) => b.score - a.score);
  const positives = sorted.filter((row) => row.label === 1).length;
  let truePositives = 0;
  let block = 1;
  let blockPrecision = 1;
  let review = 0;
  let reviewRecall = 1;
  let reviewFound = false;
  for (let i = 0; i < sorted.length; i += 1) {
    const row = sorted[i] as ScoredLabel;
    if (row.label === 1) truePositives += 1;
    const next = sorted[i + 1];
    if (next !== undefined && next.score === row.score) continue;
    const precision = truePositives / (i + 1);
    const recall = positives === 0 ? 1 : truePositives / positives;
    if (precision >= wantPrecision && row.score < block) {
      block = row.score;
      blockPrecision = precision;
    }
    if (!reviewFound && recall >= wantRecall) {
      review = row.score;
      reviewRecall = recall;
      reviewFound = true;
    }
  }
  return { block, review: Math.min(review, block), blockPrecision, reviewRecall };
}
