import type { Recall } from '../recalls/index.js';
import type { Algorithm, MatchContext } from './algorithm.js';
import { getAlgorithm } from './algorithm-registry.js';
import type { ListingView } from './listing-view.js';
import { oneDeletions, Postings } from './postings.js';
import { viewProduct, type ProductView } from './product-view.js';
import { TokenStats } from './token-stats.js';

export interface RecallIndexOptions {
  /** Algorithm name; default `rg-v1`. */
  readonly algorithm?: string;
  /** Name tokens carried by more products than this never generate candidates on their own. */
  readonly maxTokenFrequency?: number;
}

const NEAR_MIN_LENGTH = 5;
/**
 * A name alone proposes a candidate only when the shared words could lift the title feature near `review`:
 * enough summed rarity (capped for small indexes) covering most of the product's name.
 */
const MIN_TOKEN_EVIDENCE = 8;
const MIN_TOKEN_EVIDENCE_IN_RAREST_TOKENS = 0.8;
const MIN_NAME_COVERAGE = 0.6;

/**
 * The in-memory recall index: every recall product with its match keys, and postings from blocking keys
 * (barcodes, model keys and their one-edit neighbours, model stems, brands, rare name tokens) to products,
 * so a listing is compared with a handful of candidates, never with every recall.
 * @example const index = buildRecallIndex(recalls); index.candidates(viewListing(listing));
 */
export class RecallIndex {
  readonly products: readonly ProductView[];
  readonly algorithm: Algorithm;
  readonly context: MatchContext;
  readonly recallCount: number;
  private readonly gtins = new Postings();
  private readonly models = new Postings();
  private readonly modelNeighbours = new Postings();
  private readonly stems = new Postings();
  private readonly brands = new Postings();
  private readonly tokens = new Postings();
  private readonly stats = new TokenStats();
  private readonly maxTokenFrequency: number;
  private readonly byRecall = new Map<string, ProductView[]>();
  /** Summed IDF of each product's name tokens, by product id. */
  private readonly nameWeights: Float64Array;
  private readonly evidence: Float64Array;
  private readonly touched: number[] = [];
  private readonly minTokenEvidence: number;

  constructor(recalls: readonly Recall[], options: RecallIndexOptions = {}) {
    this.algorithm = getAlgorithm(options.algorithm);
    this.recallCount = recalls.length;
    const products: ProductView[] = [];
    for (const recall of recalls) {
      for (let productIndex = 0; productIndex < recall.products.length; productIndex += 1) {
        products.push(viewProduct(recall, productIndex, products.length));
      }
    }
    this.products = products;
    for (const product of products) {
      this.addProduct(product);
      const siblings = this.byRecall.get(product.recall.id);
      if (siblings) siblings.push(product);
      else this.byRecall.set(product.recall.id, [product]);
    }
    this.maxTokenFrequency = options.maxTokenFrequency ?? Math.max(20, Math.ceil(products.length * 0.01));
    this.evidence = new Float64Array(products.length);
    this.minTokenEvidence = Math.min(MIN_TOKEN_EVIDENCE, MIN_TOKEN_EVIDENCE_IN_RAREST_TOKENS * this.stats.maxIdf);
    this.nameWeights = Float64Array.from(products, (product) => product.nameTokens.reduce((sum, token) => sum + this.stats.idf(token), 0));
    const models = this.models;
    this.context = { stats: this.stats, modelFrequency: (key) => models.get(key)?.length ?? 0 };
  }

  private addProduct(product: ProductView): void {
    const id = product.id;
    for (const gtin of product.gtins) this.gtins.add(gtin, id);
    for (const model of product.models) {
      this.models.add(model.key, id);
      if (model.stem) this.stems.add(model.stem, id);
      if (model.key.length >= NEAR_MIN_LENGTH) for (const variant of oneDeletions(model.key)) this.modelNeighbours.add(variant, id);
    }
    for (const key of product.brands.keys()) this.brands.add(key, id);
    for (const token of product.nameTokens) this.tokens.add(token, id);
    this.stats.add(product.nameTokens);
  }

  /** The product a match refers to. */
  product(recallId: string, productIndex: number): ProductView | undefined {
    return this.byRecall.get(recallId)?.find((product) => product.productIndex === productIndex);
  }

  /** Ids of the products worth comparing with a listing. */
  candidates(listing: ListingView): number[] {
    const found = new Set<number>();
    const addAll = (ids: readonly number[] | undefined): void => {
      if (ids) for (const id of ids) found.add(id);
    };
    for (const gtin of listing.gtins) addAll(this.gtins.get(gtin));
    for (const { key } of listing.models) {
      addAll(this.models.get(key));
      addAll(this.stems.get(key));
      if (key.length >= NEAR_MIN_LENGTH - 1) {
        addAll(this.modelNeighbours.get(key));
        for (const variant of oneDeletions(key)) {
          addAll(this.models.get(variant));
          addAll(this.modelNeighbours.get(variant));
        }
      }
    }
    for (const number of listing.numbers) addAll(this.models.get(number));
    for (const brand of listing.statedBrands) addAll(this.brands.get(brand));
    for (const brand of listing.mentionedBrands) addAll(this.brands.get(brand));
    for (const gram of listing.joinedNgrams) addAll(this.brands.get(gram));
    this.addTokenCandidates(listing, found);
    return [...found];
  }

  /** Sums shared-token rarity per product in a reused array: no allocation per listing on the hot path. */
  private addTokenCandidates(listing: ListingView, found: Set<number>): void {
    const evidence = this.evidence;
    const touched = this.touched;
    touched.length = 0;
    for (const token of listing.tokens) {
      const ids = this.tokens.get(token);
      if (!ids || ids.length > this.maxTokenFrequency) continue;
      const weight = this.stats.idf(token);
      for (const id of ids) {
        if (evidence[id] === 0) touched.push(id);
        evidence[id] += weight;
      }
    }
    for (const id of touched) {
      const weight = evidence[id] as number;
      evidence[id] = 0;
      if (weight >= this.minTokenEvidence && weight >= MIN_NAME_COVERAGE * (this.nameWeights[id] as number)) found.add(id);
    }
  }

  /** Sizes of the blocking structures, for diagnostics and benchmarks. */
  describe(): Record<string, number> {
    return {
      recalls: this.recallCount,
      products: this.products.length,
      gtinKeys: this.gtins.keyCount,
      modelKeys: this.models.keyCount,
      modelNeighbourKeys: this.modelNeighbours.keyCount,
      brandKeys: this.brands.keyCount,
      tokenKeys: this.tokens.keyCount,
    };
  }
}

/** Builds the index; see {@link RecallIndex}. */
export function buildRecallIndex(recalls: readonly Recall[], options: RecallIndexOptions = {}): RecallIndex {
  return new RecallIndex(recalls, options);
}
