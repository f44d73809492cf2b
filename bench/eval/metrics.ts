/** Counts of a binary decision against labels. */
export interface Confusion {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly trueNegatives: number;
}

export interface PrecisionRecall {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** A scored, labelled pair. */
export interface ScoredLabel {
  readonly score: number;
  readonly match: boolean;
}

/**
 * Precision, recall and F1 of a confusion; each is 0 when its denominator is 0.
 * @example precisionRecall({ truePositives: 8, falsePositives: 2, falseNegatives: 8, trueNegatives: 82 }).f1 // 0.6154
 */
export function precisionRecall(confusion: Confusion): PrecisionRecall {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = confusion;
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/**
 * The confusion when a pair is predicted a match at `score >= threshold`.
 * @example confusionAt([{ score: 0.9, match: true }, { score: 0.4, match: true }], 0.5).falseNegatives // 1
 */
export function confusionAt(scored: readonly ScoredLabel[], threshold: number): Confusion {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let trueNegatives = 0;
  for (const { score, match } of scored) {
    const predicted = score >= threshold;
    if (predicted && match) truePositives += 1;
    else if (predicted) falsePositives += 1;
    else if (match) falseNegatives += 1;
    else trueNegatives += 1;
  }
  return { truePositives, falsePositives, falseNegatives, trueNegatives };
}

export interface ChosenThreshold {
  readonly threshold: number;
  readonly f1: number;
}

/**
 * The score threshold with the best F1 on these pairs, among the scores that occur; on a tie the highest such
 * threshold (fewest pairs predicted). One pass over the pairs sorted by score.
 * @example chooseThreshold([{ score: 0.9, match: true }, { score: 0.6, match: false }, { score: 0.2, match: false }]) // { threshold: 0.9, f1: 1 }
 */
export function chooseThreshold(scored: readonly ScoredLabel[]): ChosenThreshold {
  const sorted = [...scored].sort((a, b) => b.score - a.score);
  const positives = sorted.filter((pair) => pair.match).length;
  let best: ChosenThreshold = { threshold: Number.POSITIVE_INFINITY, f1: 0 };
  let truePositives = 0;
  let predicted = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    const pair = sorted[i] as ScoredLabel;
    predicted += 1;
    if (pair.match) truePositives += 1;
    if (sorted[i + 1]?.score === pair.score) continue;
    const f1 = positives === 0 ? 0 : (2 * truePositives) / (predicted + positives);
    if (f1 > best.f1) best = { threshold: pair.score, f1 };
  }
  return best;
}
