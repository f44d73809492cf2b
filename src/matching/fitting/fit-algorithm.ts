import type { Feature, MatchContext } from '../algorithm.js';
import type { ListingView } from '../listing-view.js';
import type { ProductView } from '../product-view.js';
import { chooseThresholds, type ThresholdTargets } from './choose-thresholds.js';
import { featureVector } from './feature-vector.js';
import type { FittedAlgorithm } from './fitted-algorithm.js';
import { fitLogistic, predictLogistic } from './logistic-regression.js';

/**
 * A labelled pair from any source (benchmark splits, generated suites, reviewers' decisions), already
 * viewed: the listing, the recall product it was compared with, and whether they are the same product.
 */
export interface LabelledPair {
  readonly listing: ListingView;
  readonly product: ProductView;
  readonly label: 0 | 1;
}

export interface FitInput {
  readonly name: string;
  readonly description: string;
  readonly features: readonly Feature[];
  readonly train: readonly LabelledPair[];
  /** Thresholds are chosen here, never on the training pairs. */
  readonly validation: readonly LabelledPair[];
  readonly context: MatchContext;
  readonly sources: readonly string[];
  readonly l2?: number;
  /** Seed of generated training data, recorded in the provenance. */
  readonly seed?: number;
  readonly targets?: ThresholdTargets;
  /** Weighs positives and negatives equally whatever their counts. Default true. */
  readonly balance?: boolean;
}

/**
 * Fits feature weights on training pairs (logistic regression), then chooses `block` and `review` on the
 * validation pairs. The result is the JSON a versioned algorithm is stored as.
 * @example const fit = fitAlgorithm({ name: 'rg-v2', features, train, validation, context, sources: ['suite'] });
 */
export function fitAlgorithm(input: FitInput): FittedAlgorithm {
  const l2 = input.l2 ?? 1;
  const positives = input.train.filter((pair) => pair.label === 1).length;
  const negatives = input.train.length - positives;
  const balance = input.balance ?? true;
  const rows = input.train.map((pair) => ({
    x: featureVector(pair.listing, pair.product, input.features, input.context),
    y: pair.label,
    weight: balance ? (pair.label === 1 ? input.train.length / (2 * Math.max(1, positives)) : input.train.length / (2 * Math.max(1, negatives))) : 1,
  }));
  const model = fitLogistic(rows, { l2 });
  const scored = input.validation.map((pair) => ({
    score: predictLogistic(model, featureVector(pair.listing, pair.product, input.features, input.context)),
    label: pair.label,
  }));
  const thresholds = chooseThresholds(scored, input.targets);
  return {
    name: input.name,
    description: input.description,
    intercept: round(model.intercept),
    weights: Object.fromEntries(input.features.map((feature, i) => [feature.name, round(model.weights[i] as number)])),
    thresholds: { block: roundDown(thresholds.block), review: roundDown(thresholds.review) },
    provenance: {
      fittedAt: new Date().toISOString(),
      sources: [...input.sources],
      pairs: { positive: positives, negative: negatives },
      l2,
      ...(input.seed === undefined ? {} : { seed: input.seed }),
      validation: { pairs: scored.length, blockPrecision: round(thresholds.blockPrecision), reviewRecall: round(thresholds.reviewRecall), iterations: model.iterations },
    },
  };
}

const round = (value: number): number => Math.round(value * 10_000) / 10_000;
/** Thresholds round down, so a validation score at the threshold stays on the same side. */
const roundDown = (value: number): number => Math.floor(value * 10_000) / 10_000;
