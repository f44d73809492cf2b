import { candidateRankFeatures, FEATURE_CATALOG } from '../../src/matching/features/index.js';
import { fitAlgorithm, type FittedAlgorithm, type LabelledPair } from '../../src/matching/fitting/index.js';
import { compare, viewListing, type Algorithm, type Feature, type FeatureOutcome, type ListingView, type ProductView } from '../../src/matching/index.js';
import { buildEmIndex, summariseEmTest, type EmBenchmarkResult, type EmDataset, type EmIndex, type SplitName } from './em-benchmark.js';
import { listingFromEm } from './em-mapping.js';
import { chooseThreshold, type ScoredLabel } from './metrics.js';

/** What was tried per dataset; every choice is made on `valid` F1 (L2 1 never won once the ranking features came). */
const L2_CANDIDATES = [0.01, 0.1] as const;
const MAPPINGS = [false, true] as const;
const EVERY_FEATURE = { review: 0, block: 0 } as const;
/** The base of the candidate-ranking features: the title similarity the fits weigh most. */
const RANK_BASE = 'trigram_jaccard';

/** The per-dataset fit kept, and what each tried variant scored on valid. */
export interface EmFitSummary {
  readonly modelsFromTitle: boolean;
  readonly l2: number;
  /** Whether the candidate-ranking features (how the pair stands among its listing's and product's candidates) were kept. */
  readonly candidateRank: boolean;
  readonly intercept: number;
  readonly weights: Readonly<Record<string, number>>;
  readonly trainPairs: number;
  readonly tried: readonly { readonly modelsFromTitle: boolean; readonly l2: number; readonly candidateRank: boolean; readonly validF1: number }[];
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

/** A fit as an algorithm over the given features (some are not in the catalog): positive weights first, as scoring expects. */
function algorithmOf(fit: FittedAlgorithm, features: readonly Feature[]): Algorithm {
  const weighted = features.map((feature) => ({ feature, weight: fit.weights[feature.name] ?? 0 })).filter(({ weight }) => weight !== 0);
  weighted.sort((a, b) => (a.weight < 0 ? 1 : 0) - (b.weight < 0 ? 1 : 0));
  return { name: fit.name, description: fit.description, features: weighted, thresholds: fit.thresholds, combination: { kind: 'logistic', intercept: fit.intercept } };
}

export interface EmFitVariant {
  readonly emIndex: EmIndex;
  readonly algorithm: Algorithm;
  readonly threshold: number;
  readonly validF1: number;
  readonly summary: Omit<EmFitSummary, 'tried'>;
}

/** One mapping's pairs and its remembered catalog. */
interface Mapped {
  readonly modelsFromTitle: boolean;
  readonly emIndex: EmIndex;
  readonly train: readonly LabelledPair[];
  readonly valid: readonly LabelledPair[];
  readonly catalog: readonly Feature[];
}

/** Fits one feature set for every L2; each variant with its valid F1 at its best valid threshold. */
function variants(dataset: EmDataset, mapped: Mapped, features: readonly Feature[], candidateRank: boolean): EmFitVariant[] {
  return L2_CANDIDATES.map((l2) => {
    const fit = fitAlgorithm({
      name: `rg-v2-${dataset.key}`,
      description: `rg-v2 protocol on ${dataset.key}`,
      features,
      train: mapped.train,
      validation: mapped.valid,
      context: mapped.emIndex.index.context,
      sources: [`${dataset.key} train split`],
      l2,
    });
    const algorithm = algorithmOf(fit, features);
    const chosen = chooseThreshold(scored(mapped.valid, algorithm, mapped.emIndex));
    return {
      emIndex: mapped.emIndex, algorithm, threshold: chosen.threshold, validF1: chosen.f1,
      summary: { modelsFromTitle: mapped.modelsFromTitle, l2, candidateRank, intercept: fit.intercept, weights: fit.weights, trainPairs: mapped.train.length },
    };
  });
}

/** The variant kept on valid, the test pairs (not yet scored) and every variant tried. */
export interface EmFitChoice {
  readonly kept: EmFitVariant;
  readonly testPairs: readonly LabelledPair[];
  readonly tried: EmFitSummary['tried'];
}

/**
 * Everything the rg-v2 protocol chooses on one EM benchmark, from `train` and `valid` only: a logistic model
 * over the feature catalog fitted on `train` (left record → listing, right record → recall product); the
 * right-side mapping (models from the title or not), the L2 penalty and the candidate-ranking features (with or
 * without) chosen together on `valid` F1; the F1 threshold chosen on `valid`. The ranking features read every split's pairs
 * (texts only, never a label), as a screen compares a listing with all its candidates.
 * @example const { kept } = chooseEmFit(await readEmDataset('abt-buy', folder)); kept.validF1
 */
export function chooseEmFit(dataset: EmDataset): EmFitChoice {
  const tried: EmFitSummary['tried'][number][] = [];
  let best: (EmFitVariant & { readonly mapped: Mapped }) | undefined;
  const keep = (mapped: Mapped, candidates: readonly EmFitVariant[]): void => {
    for (const variant of candidates) {
      tried.push({ modelsFromTitle: variant.summary.modelsFromTitle, l2: variant.summary.l2, candidateRank: variant.summary.candidateRank, validF1: variant.validF1 });
      if (!best || variant.validF1 > best.validF1) best = { ...variant, mapped };
    }
  };
  const testPairs = new Map<Mapped, readonly LabelledPair[]>();
  for (const modelsFromTitle of MAPPINGS) {
    const emIndex = buildEmIndex(dataset, 'rg-v1', { modelsFromTitle });
    const catalog = [...remembered([...FEATURE_CATALOG.values()]).values()];
    const mapped = { modelsFromTitle, emIndex, train: pairsOf(emIndex, dataset, 'train'), valid: pairsOf(emIndex, dataset, 'valid'), catalog };
    const test = pairsOf(emIndex, dataset, 'test');
    testPairs.set(mapped, test);
    const rankBase = catalog.find((feature) => feature.name === RANK_BASE) as Feature;
    const rank = [...remembered(candidateRankFeatures(rankBase, [...mapped.train, ...mapped.valid, ...test], emIndex.index.context)).values()];
    keep(mapped, variants(dataset, mapped, catalog, false));
    keep(mapped, variants(dataset, mapped, [...catalog, ...rank], true));
  }
  const kept = best as NonNullable<typeof best>;
  return { kept, testPairs: testPairs.get(kept.mapped) as readonly LabelledPair[], tried };
}

/**
 * The rg-v2 protocol on one EM benchmark: {@link chooseEmFit} on train and valid, then `test` scored once.
 * @example const result = fitEmDataset(await readEmDataset('abt-buy', folder)); result.f1
 */
export function fitEmDataset(dataset: EmDataset): EmFittedResult {
  const { kept, testPairs, tried } = chooseEmFit(dataset);
  const test = scored(testPairs, kept.algorithm, kept.emIndex);
  return {
    ...summariseEmTest(dataset, test, {
      threshold: kept.threshold, validF1: kept.validF1, review: kept.algorithm.thresholds.review, indexedProducts: kept.emIndex.index.products.length,
    }),
    fit: { ...kept.summary, tried },
  };
}
