import { scoreOfTotal, type Algorithm, type FeatureOutcome, type MatchContext, type Thresholds } from './algorithm.js';
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
  return compareFrom(listing, product, algorithm, context, thresholds, undefined);
}

/**
 * {@link compare} for screening, which reports only pairs at `review` or above: undefined as soon as the features
 * not yet evaluated could not lift the pair to `review` even if each scored its full weight. The leading positive
 * features are evaluated heaviest first to learn that early (most candidate pairs share a brand or a word and
 * nothing more); a pair that can still reach `review` gets exactly what {@link compare} gives.
 * @example compareToReport(view, product, index.algorithm, index.context, thresholds)?.decision // 'block'
 */
export function compareToReport(
  listing: ListingView,
  product: ProductView,
  algorithm: Algorithm,
  context: MatchContext,
  thresholds: Thresholds,
): Comparison | undefined {
  const plan = screeningPlan(algorithm);
  const { features } = algorithm;
  const outcomes: (FeatureOutcome | undefined)[] = new Array(plan.order.length);
  let total = 0;
  for (let step = 0; step < plan.order.length; step += 1) {
    // the margin keeps a last-bit difference in the sums from deciding
    if (round(scoreOfTotal(algorithm.combination, total + (plan.remaining[step] as number) + BOUND_MARGIN)) < thresholds.review) return undefined;
    const at = plan.order[step] as number;
    const { feature, weight } = features[at] as Algorithm['features'][number];
    const outcome = feature.compare(listing, product, context);
    outcomes[at] = outcome;
    if (outcome !== undefined) total += weight * outcome.score;
  }
  const result = compareFrom(listing, product, algorithm, context, thresholds, outcomes);
  return result.decision === undefined ? undefined : result;
}

const BOUND_MARGIN = 1e-9;

/** `known`: outcomes already computed for the leading positive features, by feature index. */
function compareFrom(
  listing: ListingView,
  product: ProductView,
  algorithm: Algorithm,
  context: MatchContext,
  thresholds: Thresholds,
  known: readonly (FeatureOutcome | undefined)[] | undefined,
): Comparison {
  const features: FeatureResult[] = [];
  let total = 0;
  let negativesChecked = false;
  for (let at = 0; at < algorithm.features.length; at += 1) {
    const { feature, weight } = algorithm.features[at] as Algorithm['features'][number];
    // Negative features only lower a score: skip them once the positives cannot reach review.
    if (weight < 0 && !negativesChecked) {
      negativesChecked = true;
      const scoreSoFar = round(scoreOfTotal(algorithm.combination, total));
      if (scoreSoFar < thresholds.review) return { score: scoreSoFar, decision: undefined, features };
    }
    const outcome = known !== undefined && at < known.length ? known[at] : feature.compare(listing, product, context);
    if (outcome === undefined || outcome.score === 0) continue;
    const contribution = weight * outcome.score;
    total += contribution;
    features.push({ name: feature.name, score: round(contribution), detail: outcome.detail });
  }
  const score = round(scoreOfTotal(algorithm.combination, total));
  const decision = score >= thresholds.block ? 'block' : score >= thresholds.review ? 'review' : undefined;
  return { score, decision, features };
}

/**
 * The order in which {@link compareToReport} evaluates an algorithm's leading features (those before its first
 * negative weight; a feature scores at most 1): heaviest first, ties in declared order; and before each step, the
 * most the features not yet evaluated could add.
 */
interface ScreeningPlan {
  readonly order: readonly number[];
  readonly remaining: Float64Array;
}

const plans = new WeakMap<Algorithm, ScreeningPlan>();

function screeningPlan(algorithm: Algorithm): ScreeningPlan {
  let plan = plans.get(algorithm);
  if (plan === undefined) {
    const leading = algorithm.features.findIndex(({ weight }) => weight < 0);
    const count = leading < 0 ? algorithm.features.length : leading;
    const weights = algorithm.features.slice(0, count).map(({ weight }) => weight);
    const order = weights.map((_, at) => at).sort((a, b) => (weights[b] as number) - (weights[a] as number) || a - b);
    const remaining = new Float64Array(count);
    for (let step = count - 1, sum = 0; step >= 0; step -= 1) remaining[step] = sum += weights[order[step] as number] as number;
    plan = { order, remaining };
    plans.set(algorithm, plan);
  }
  return plan;
}
