import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildRecallIndex, scorePair, type Algorithm, type RecallIndex } from '../../src/matching/index.js';
import type { Recall } from '../../src/recalls/index.js';
import { parseEmFile, type EmLineProblem, type EmPair } from './em-pair.js';
import { listingFromEm, recallFromEm, type EmMappingOptions } from './em-mapping.js';
import { chooseThreshold, confusionAt, precisionRecall, type PrecisionRecall, type ScoredLabel } from './metrics.js';

/** The benchmarks, by the key used in eval.json, with their folder under `em-benchmarks/`. */
export const EM_DATASETS = [
  { key: 'abt-buy', folder: 'Abt-Buy' },
  { key: 'walmart-amazon', folder: 'Walmart-Amazon' },
  { key: 'amazon-google', folder: 'Amazon-Google' },
] as const;
export type EmDatasetKey = (typeof EM_DATASETS)[number]['key'];

export const SPLITS = ['train', 'valid', 'test'] as const;
export type SplitName = (typeof SPLITS)[number];

export interface EmDataset {
  readonly key: string;
  readonly splits: Readonly<Record<SplitName, readonly EmPair[]>>;
  readonly problems: readonly (EmLineProblem & { readonly split: SplitName })[];
}

/** Test precision/recall/F1 at the threshold chosen on `valid`, and what the run used. */
export interface EmBenchmarkResult extends PrecisionRecall {
  readonly threshold: number;
  readonly validF1: number;
  /** Test scores at rg-v1's own `review` threshold, untuned. */
  readonly atReview: PrecisionRecall & { readonly threshold: number };
  readonly counts: {
    readonly train: number;
    readonly valid: number;
    readonly test: number;
    readonly testMatches: number;
    readonly indexedProducts: number;
    readonly badLines: number;
  };
}

/**
 * The dataset folder's files that are missing (none when it is complete).
 * @example missingSplitFiles('../shared/data/em-benchmarks/Abt-Buy') // []
 */
export function missingSplitFiles(folder: string): string[] {
  return SPLITS.map((split) => join(folder, `${split}.txt`)).filter((path) => !existsSync(path));
}

/**
 * Reads the three splits of one benchmark folder.
 * @example const abt = await readEmDataset('abt-buy', '../shared/data/em-benchmarks/Abt-Buy');
 */
export async function readEmDataset(key: string, folder: string): Promise<EmDataset> {
  const problems: (EmLineProblem & { split: SplitName })[] = [];
  const parsed = await Promise.all(
    SPLITS.map(async (split) => {
      const { pairs, problems: bad } = parseEmFile(await readFile(join(folder, `${split}.txt`), 'utf8'));
      problems.push(...bad.map((problem) => ({ ...problem, split })));
      return pairs;
    }),
  );
  const [train, valid, test] = parsed as [EmPair[], EmPair[], EmPair[]];
  return { key, splits: { train, valid, test }, problems };
}

/** The index over every distinct right record and each record's product id in it. */
export interface EmIndex {
  readonly index: RecallIndex;
  readonly productOf: ReadonlyMap<string, number>;
}

/**
 * Indexes the distinct right records of all splits as one-product recalls. Only their text is used, never a
 * label: the index holds every product a listing is compared with, as in production (a transductive choice
 * for the IDF statistics, see docs/matching.md).
 * @example const { index, productOf } = buildEmIndex(dataset);
 */
export function buildEmIndex(dataset: EmDataset, algorithm?: string | Algorithm, mapping: EmMappingOptions = {}): EmIndex {
  const recalls: Recall[] = [];
  const productOf = new Map<string, number>();
  for (const split of SPLITS) {
    for (const pair of dataset.splits[split]) {
      if (productOf.has(pair.rightKey)) continue;
      productOf.set(pair.rightKey, recalls.length);
      recalls.push(recallFromEm(pair.right, `em:${dataset.key}-r${recalls.length}`, mapping));
    }
  }
  return { index: buildRecallIndex(recalls, algorithm ? { algorithm } : {}), productOf };
}

const EVERY_FEATURE = { review: 0, block: 0 } as const;

/**
 * The full rg score of every pair of a split (every feature evaluated, so a threshold can be chosen anywhere).
 * @example const scored = scoreSplit(emIndex, dataset, 'valid');
 */
export function scoreSplit(emIndex: EmIndex, dataset: EmDataset, split: SplitName): ScoredLabel[] {
  return dataset.splits[split].map((pair, i) => {
    const productId = emIndex.productOf.get(pair.rightKey) as number;
    const listing = listingFromEm(pair.left, `${dataset.key}-${split}-${i + 1}`);
    return { score: scorePair(emIndex.index, listing, productId, EVERY_FEATURE).score, match: pair.match };
  });
}

/**
 * The protocol: nothing to fit for a hand-weighted algorithm, the threshold maximising F1 on `valid`, then
 * precision/recall/F1 on `test` at that threshold, once.
 * @example const result = evaluateEmDataset(await readEmDataset('abt-buy', folder));
 */
export function evaluateEmDataset(dataset: EmDataset, algorithm?: string): EmBenchmarkResult {
  const emIndex = buildEmIndex(dataset, algorithm);
  const chosen = chooseThreshold(scoreSplit(emIndex, dataset, 'valid'));
  const test = scoreSplit(emIndex, dataset, 'test');
  return summariseEmTest(dataset, test, { threshold: chosen.threshold, validF1: chosen.f1, review: emIndex.index.algorithm.thresholds.review, indexedProducts: emIndex.index.products.length });
}

/**
 * The test-split figures of one EM dataset at a threshold chosen on valid, plus those at the algorithm's
 * own `review` threshold.
 * @example summariseEmTest(dataset, testScores, { threshold: 0.5, validF1: 0.8, review: 0.5, indexedProducts: 1000 })
 */
export function summariseEmTest(
  dataset: EmDataset,
  test: Parameters<typeof confusionAt>[0],
  chosen: { readonly threshold: number; readonly validF1: number; readonly review: number; readonly indexedProducts: number },
): EmBenchmarkResult {
  return {
    ...precisionRecall(confusionAt(test, chosen.threshold)),
    threshold: chosen.threshold,
    validF1: chosen.validF1,
    atReview: { threshold: chosen.review, ...precisionRecall(confusionAt(test, chosen.review)) },
    counts: {
      train: dataset.splits.train.length,
      valid: dataset.splits.valid.length,
      test: test.length,
      testMatches: test.filter((pair) => pair.match).length,
      indexedProducts: chosen.indexedProducts,
      badLines: dataset.problems.length,
    },
  };
}
