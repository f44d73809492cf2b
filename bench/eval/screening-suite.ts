import type { RecallIndex } from '../../src/matching/index.js';
import { brandKey } from '../../src/normalize/index.js';
import type { Recall } from '../../src/recalls/index.js';
import { Rng } from '../lib/prng.js';
import { unrelatedListing } from '../lib/unrelated-listing.js';
import { RecalledModelKeys } from './model-mutation.js';
import { negativeCases, type NegativeContext } from './negative-cases.js';
import { positiveCases } from './positive-cases.js';
import { idSequence, type SuiteCase } from './suite-case.js';

/** How many recalled products of each sort the suite is built from, and how much background. */
export interface SuiteSize {
  /** Products that publish a barcode (so barcode-only listings exist). */
  readonly withBarcode: number;
  /** Products with a model number and no barcode. */
  readonly withModel: number;
  /** Products known by name only. */
  readonly nameOnly: number;
  readonly unrelated: number;
}

export const DEFAULT_SUITE_SIZE: SuiteSize = { withBarcode: 100, withModel: 220, nameOnly: 120, unrelated: 800 };

export interface SuiteOptions {
  readonly seed?: number;
  readonly size?: SuiteSize;
}

interface ProductRef {
  readonly recall: Recall;
  readonly productIndex: number;
}

const hasBarcode = (gtins: readonly string[]): boolean => gtins.some((gtin) => gtin.replace(/\D/g, '').length >= 8);
const hasModel = (models: readonly string[]): boolean => models.some((model) => /\d/.test(model));

/** Every recalled product, sorted into barcode / model / name-only, in corpus order. */
function productStrata(recalls: readonly Recall[]): { withBarcode: ProductRef[]; withModel: ProductRef[]; nameOnly: ProductRef[] } {
  const strata = { withBarcode: [] as ProductRef[], withModel: [] as ProductRef[], nameOnly: [] as ProductRef[] };
  for (const recall of recalls) {
    recall.products.forEach((product, productIndex) => {
      const ref = { recall, productIndex };
      if (hasBarcode(product.gtins)) strata.withBarcode.push(ref);
      else if (hasModel(product.modelNumbers)) strata.withModel.push(ref);
      else strata.nameOnly.push(ref);
    });
  }
  return strata;
}

/**
 * What the negative generators need from the index: recalled model keys, name-token frequencies, brands.
 * @example const context = negativeContext(index);
 */
export function negativeContext(index: RecallIndex): NegativeContext {
  const corpusBrands = new Set<string>();
  for (const product of index.products) for (const key of product.brands.keys()) corpusBrands.add(key);
  for (const product of index.products) for (const display of product.brands.values()) corpusBrands.add(brandKey(display).replace(/\s+/g, ''));
  return {
    recalled: new RecalledModelKeys(index),
    tokenFrequency: (token) => index.context.stats.frequency(token),
    corpusBrands,
  };
}

/**
 * The generated part of the screening suite, deterministic for a seed and corpus: recalled products sampled
 * from each stratum, every meaningful evasion of each (positives), the hard negatives made to resemble each,
 * and unrelated background listings from the bench's generator.
 * @example const cases = generateSuite(corpus.recalls, index, { seed: 1 });
 */
export function generateSuite(recalls: readonly Recall[], index: RecallIndex, options: SuiteOptions = {}): SuiteCase[] {
  const rng = new Rng(options.seed ?? 1);
  const size = options.size ?? DEFAULT_SUITE_SIZE;
  const strata = productStrata(recalls);
  const sampled = [
    ...rng.sample(strata.withBarcode, size.withBarcode),
    ...rng.sample(strata.withModel, size.withModel),
    ...rng.sample(strata.nameOnly, size.nameOnly),
  ];
  const context = negativeContext(index);
  const nextId = idSequence('eval-');
  const cases: SuiteCase[] = [];
  for (const { recall, productIndex } of sampled) {
    cases.push(...positiveCases(recall, productIndex, rng, nextId));
    cases.push(...negativeCases(recall, productIndex, context, rng, nextId));
  }
  for (let i = 0; i < size.unrelated; i += 1) {
    cases.push({ listing: unrelatedListing(rng, nextId()), kind: 'unrelated', positive: false, origin: 'generated' });
  }
  return cases;
}
