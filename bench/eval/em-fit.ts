import { FEATURE_CATALOG } from '../../src/matching/features/index.js';
import { algorithmFromFit, fitAlgorithm, type LabelledPair } from '../../src/matching/fitting/index.js';
import { compare, viewListing, type Algorithm, type Feature, type FeatureOutcome, type ListingView, type ProductView } from '../../src/matching/index.js';
import { buildEmIndex, summariseEmTest, type EmBenchmarkResult, type EmDataset, type EmIndex, type SplitName } from './em-benchmark.js';
import { listingFromEm } from './em-mapping.js';
import { chooseThreshold, type ScoredLabel } from './metrics.js';

/** What was tried per dataset; every choice is made on `valid` F1. */
const L2_CANDIDATES = [0.01, 0.1, 1] as const;
const MAPPINGS = [false, true] as const;
const EVERY_FEATURE = { review: 0, block: 0 } as const;

/** The per-dataset fit kept, and what each tried variant scored on valid. */
export interface EmFitSummary {
  readonly modelsFromTitle: boolean;
  readonly l2: number;
  readonly intercept: number;
  readonly weights: Readonly<Record<string, number>>;
  readonly trainPairs: number;
  readonly tried: readonly { readonly modelsFromTitle: boolean; readonly l2: number; readonly validF1: number }[];
}

export interface EmFittedResult extends EmBenchmarkResult {
  readonly fit: EmFitSummary;
}

function pairsOf(emIndex: EmIndex, dataset: EmDataset, split: SplitName): LabelledPair[] {
  return dataset.splits[split].map((pair, i) => ({
    listing: viewListing(listingFromEm(pair.left, `${dataset.key}-${split}-${i + 1}`)),
    product: emIndex.index.products[emIndex.productOf.get(pair.rightKey) as number] as ProductView,
    label: pair.match ? 1 : 0,
  }));
}

function scored(pairs: readonly LabelledPair[], algorithm: Algorithm, emIndex: EmIndex): ScoredLabel[] {
  return pairs.map((pair) => ({
    score: compare(pair.listing, pair.product, algorithm, emIndex.index.context, EVERY_FEATURE).score,
    match: pair.label === 1,
  }));
}

/** The catalog with each outcome remembered per pair: the fits for every L2 and the valid scoring of one mapping share them. */
function remembered(features: readonly Feature[]): ReadonlyMap<string, Feature> {
  return new Map(features.map((feature) => {
    const outcomes = new WeakMap<ListingView, Map<ProductView, FeatureOutcome | undefined>>();
    const compareOnce: Feature['compare'] = (listing, product, context) => {
      let row = outcomes.get(listing);
      if (row === undefined) {
        row = new Map();
        outcomes.set(listing, row);
      }
      if (!row.has(product)) row.set(product, feature.compare(listing, product, context));
      return row.get(product);
    };
    return [feature.name, { ...feature, compare: compareOnce }];
  }));
}

/** The same algorithm reading the remembered outcomes. */
function withRemembered(algorithm: Algorithm, features: ReadonlyMap<string, Feature>): Algorithm {
  return { ...algorithm, features: algorithm.features.map(({ feature, weight }) => ({ feature: features.get(feature.name) ?? feature, weight })) };
}

/**
 * The rg-v2 protocol on one EM benchmark: a logistic model over the feature catalog fitted on `train` (left
 * record → listing, right record → recall product), the right-side mapping (models from the title or not) and
 * the L2 penalty chosen on `valid` F1, the F1 threshold chosen on `valid`, then `test` scored once.
 * @example const result = fitEmDataset(await readEmDataset('abt-buy', folder)); result.f1
 */
export function fitEmDataset(dataset: EmDataset): EmFittedResult {
  const tried: { modelsFromTitle: boolean; l2: number; validF1: number }[] = [];
  let best: { emIndex: EmIndex; algorithm: Algorithm; threshold: number; validF1: number; summary: Omit<EmFitSummary, 'tried'> } | undefined;
  for (const modelsFromTitle of MAPPINGS) {
    const emIndex = buildEmIndex(dataset, 'rg-v1', { modelsFromTitle });
    const train = pairsOf(emIndex, dataset, 'train');
    const valid = pairsOf(emIndex, dataset, 'valid');
    const features = remembered([...FEATURE_CATALOG.values()]);
    for (const l2 of L2_CANDIDATES) {
      const fit = fitAlgorithm({
        name: `rg-v2-${dataset.key}`,
        description: `rg-v2 protocol on ${dataset.key}`,
        features: [...features.values()],
        train,
        validation: valid,
        context: emIndex.index.context,
        sources: [`${dataset.key} train split`],
        l2,
      });
      const algorithm = algorithmFromFit(fit);
      const chosen = chooseThreshold(scored(valid, withRemembered(algorithm, features), emIndex));
      tried.push({ modelsFromTitle, l2, validF1: chosen.f1 });
      if (!best || chosen.f1 > best.validF1) {
        best = {
          emIndex, algorithm, threshold: chosen.threshold, validF1: chosen.f1,
          summary: { modelsFromTitle, l2, intercept: fit.intercept, weights: fit.weights, trainPairs: train.length },
        };
      }
    }
  }
  const kept = best as NonNullable<typeof best>;
  const test = scored(pairsOf(kept.emIndex, dataset, 'test'), kept.algorithm, kept.emIndex);
  return {
    ...summariseEmTest(dataset, test, {
      threshold: kept.threshold, validF1: kept.validF1, review: kept.algorithm.thresholds.review, indexedProducts: kept.emIndex.index.products.length,
    }),
    fit: { ...kept.summary, tried },
  };
}
