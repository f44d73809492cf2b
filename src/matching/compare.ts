import { scoreOfTotal, type Algorithm, type MatchContext, type Thresholds } from './algorithm.js';
import type { ListingView } from './listing-view.js';
import type { FeatureResult, MatchDecision } from './match-result.js';
import type { ProductView } from './product-view.js';

export interface Comparison {
  readonly score: number;
  readonly decision: MatchDecision | undefined;
  /** The features that fired; each score is its signed contribution (weight × feature score). */
  readonly features: readonly FeatureResult[];
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

/**
 * Scores one listing against one recall product: the weighted features that fire, summed, and the sum turned
 * into a score by the algorithm's combination (clipped to [0, 1], or logistic). Positive features must come
 * before negative ones; below `review` the negatives are not evaluated and the features list is partial.
 * @example compare(viewListing(listing), index.products[0], rgV1, context, rgV1.thresholds).decision
 */
export function compare(
  listing: ListingView,
  product: ProductView,
  algorithm: Algorithm,
  context: MatchContext,
  thresholds: Thresholds,
): Comparison {
  const features: FeatureResult[] = [];
  let total = 0;
  let negativesChecked = false;
  for (const { feature, weight } of algorithm.features) {
    // Negative features only lower a score: skip them once the positives cannot reach review.
    if (weight < 0 && !negativesChecked) {
      negativesChecked = true;
      const scoreSoFar = round(scoreOfTotal(algorithm.combination, total));
      if (scoreSoFar < thresholds.review) return { score: scoreSoFar, decision: undefined, features };
    }
    const outcome = feature.compare(listing, product, context);
    if (outcome === undefined || outcome.score === 0) continue;
    const contribution = weight * outcome.score;
    total += contribution;
    features.push({ name: feature.name, score: round(contribution), detail: outcome.detail });
  }
  const score = round(scoreOfTotal(algorithm.combination, total));
  const decision = score >= thresholds.block ? 'block' : score >= thresholds.review ? 'review' : undefined;
  return { score, decision, features };
}
