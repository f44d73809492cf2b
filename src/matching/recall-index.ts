import type { Recall } from '../recalls/index.js';
import { tokenize } from '../normalize/index.js';
import type { Algorithm, MatchContext } from './algorithm.js';
import { getAlgorithm } from './algorithm-registry.js';
import type { ListingView, ViewOptions } from './listing-view.js';
import { CandidateIds } from './candidate-ids.js';
import { recalledModelForms } from './model-joins.js';
import { FrozenStringMap } from './frozen-string-map.js';
import { Postings } from './postings.js';
import { viewProduct, type ProductView } from './product-view.js';
import { DISTINCTIVE_MAX_FREQUENCY, TokenStats } from './token-stats.js';
import { wordBit } from './word-bit.js';

export interface RecallIndexOptions {
  /** An algorithm or a registered algorithm's name; default `rg-v1`. */
  readonly algorithm?: string | Algorithm;
}

/**
 * A name alone proposes a candidate only when it could lift the title feature near `review` by itself: it
 * shares a product-line word (one carried by few products), enough summed rarity (capped for small indexes),
 * and most of the product's name.
 */
const MIN_TOKEN_EVIDENCE = 8;
const MIN_TOKEN_EVIDENCE_IN_RAREST_TOKENS = 0.8;
const MIN_NAME_COVERAGE = 0.6;
/** Far above the rounding error of a sum of a few dozen IDFs, far below any difference that matters. */
const ROUNDING_MARGIN = 1e-9;

/**
 * The in-memory recall index: every recall product with its match keys, and postings from blocking keys
 * (barcodes, model keys, model stems, brands, product-line words) to products, so a listing is compared with a
 * handful of candidates, never with every recall. Near-miss model numbers need no postings: they only ever
 * lower the score of a candidate found another way.
 * @example const index = buildRecallIndex(recalls); index.candidates(viewListing(listing));
 */
export class RecallIndex {
  readonly products: readonly ProductView[];
  readonly algorithm: Algorithm;
  readonly context: MatchContext;
  readonly recallCount: number;
  /** How recalled model numbers are spelt, for listing views (see {@link ViewOptions}). */
  readonly viewOptions: ViewOptions;
  private readonly gtins = new Postings();
  private readonly models = new Postings();
  private readonly stems = new Postings();
  /** `models` and `stems` in one map, so a listing's model mention costs one look-up. */
  private readonly modelOrStem: FrozenStringMap<ModelPostings>;
  private readonly brands = new Postings();
  private readonly brandSkeletons = new Postings();
  /** What a single title word can point to, in one map so each word costs one look-up. */
  private readonly words = new Map<string, WordPostings>();
  /** `words` once complete, laid out for the screening path's look-ups, most of which miss. */
  private readonly wordLookup: FrozenStringMap<WordPostings>;
  private readonly stats = new TokenStats();
  private readonly byRecall = new Map<string, ProductView[]>();
  /** What each category's words name, keyed by the view's category token array (shared by all its listings). */
  private readonly byCategory = new WeakMap<readonly string[], readonly CategoryLineWord[]>();
  private readonly minTokenEvidence: number;
  private readonly nameIdfs: readonly Float64Array[];
  /** Summed IDF of each product's name, by product id. */
  private readonly nameWeights: Float64Array;

  constructor(recalls: readonly Recall[], options: RecallIndexOptions = {}) {
    this.algorithm = typeof options.algorithm === 'object' ? options.algorithm : getAlgorithm(options.algorithm);
    this.recallCount = recalls.length;
    const products: ProductView[] = [];
    for (const recall of recalls) {
      for (let productIndex = 0; productIndex < recall.products.length; productIndex += 1) {
        products.push(viewProduct(recall, productIndex, products.length));
      }
    }
    this.products = products;
    for (const product of products) this.addProduct(product);
    this.stats.freeze();
    this.modelOrStem = FrozenStringMap.from(modelOrStem(this.models, this.stems));
    const stats = this.stats;
    this.nameIdfs = products.map((product) => Float64Array.from(product.nameTokens, (token) => stats.idf(token)));
    this.nameWeights = Float64Array.from(this.nameIdfs, (idfs) => idfs.reduce((sum, idf) => sum + idf, 0));
    for (const product of products) {
      for (const token of product.nameTokens) {
        if (stats.frequency(token) <= DISTINCTIVE_MAX_FREQUENCY) pushUnique(this.word(token).lineWordOf, product.id);
      }
      for (const key of product.brands.keys()) {
        const ids = this.brands.get(key);
        if (ids && !this.words.get(key)?.brandOf) this.word(key).brandOf = ids;
      }
    }
    this.wordLookup = FrozenStringMap.from(this.words);
    // stems are looked up only through modelOrStem, so they stay unfrozen
    for (const postings of [this.gtins, this.models, this.brands, this.brandSkeletons]) postings.freeze();
    this.viewOptions = { modelForms: recalledModelForms(products.flatMap((product) => product.models.map((model) => model.display))) };
    this.minTokenEvidence = Math.min(MIN_TOKEN_EVIDENCE, MIN_TOKEN_EVIDENCE_IN_RAREST_TOKENS * stats.maxIdf);
    const { models, nameIdfs } = this;
    const brandRecalls = countBrandRecalls(products);
    this.context = {
      stats,
      modelFrequency: (key) => models.get(key)?.length ?? 0,
      brandRecalls: (key) => brandRecalls.get(key) ?? 0,
      nameIdfs: (product) => nameIdfs[product.id] as Float64Array,
    };
  }

  private addProduct(product: ProductView): void {
    const id = product.id;
    for (const gtin of product.gtins) this.gtins.add(gtin, id);
    for (const model of product.models) {
      this.models.add(model.key, id);
      if (model.stem) this.stems.add(model.stem, id);
    }
    for (const [key, display] of product.brands) {
      this.brands.add(key, id);
      const words = tokenize(display);
      if (words.length > 1 && words.length <= MAX_BRAND_WORDS) this.addBrandPath(words, id);
    }
    for (const skeleton of product.brandSkeletons.keys()) this.brandSkeletons.add(skeleton, id);
    this.stats.add(product.nameTokens);
    const siblings = this.byRecall.get(product.recall.id);
    if (siblings) siblings.push(product);
    else this.byRecall.set(product.recall.id, [product]);
  }

  private word(token: string): WordPostings {
    let postings = this.words.get(token);
    if (!postings) {
      postings = newWordPostings();
      this.words.set(token, postings);
    }
    return postings;
  }

  /** Adds a brand of several words as a path of words ("fisher" → "price"), matched word by word. */
  private addBrandPath(words: readonly string[], id: number): void {
    let node: BrandNode = this.word(words[0] as string);
    for (const word of words.slice(1)) {
      node.next ??= new Map();
      node.nextFilter |= wordBit(word);
      let child = node.next.get(word);
      if (!child) {
        child = newWordPostings();
        node.next.set(word, child);
      }
      node = child;
    }
    const ids = (node.pathBrandOf ??= []);
    pushUnique(ids, id);
  }

  /** The product a match refers to. */
  product(recallId: string, productIndex: number): ProductView | undefined {
    return this.byRecall.get(recallId)?.find((product) => product.productIndex === productIndex);
  }

  /** Ids of the products worth comparing with a listing. */
  candidates(listing: ListingView): number[] {
    const found = new CandidateIds();
    for (const gtin of listing.gtins) found.addAll(this.gtins.get(gtin));
    for (const { key } of listing.models) {
      const postings = this.modelOrStem.get(key);
      if (postings) {
        found.addAll(postings.exact);
        found.addAll(postings.stem);
      }
    }
    for (const number of listing.numbers) found.addAll(this.models.get(number));
    for (const { key } of listing.lookupModels) found.addAll(this.models.get(key));
    for (const skeleton of listing.statedBrandSkeletons) found.addAll(this.brandSkeletons.get(skeleton));
    for (const brand of listing.mentionedBrands) found.addAll(this.brands.get(brand));
    this.addWordCandidates(listing, found);
    return found.toArray();
  }

  /**
   * Brands named by the title's words, then products named by a product-line word of the title or category:
   * one look-up per word for both, the name candidates kept aside so that they still come after every brand's.
   */
  private addWordCandidates(listing: ListingView, found: CandidateIds): void {
    const tokens = listing.titleTokens;
    let named: number[] | undefined;
    for (let i = 0; i < tokens.length; i += 1) {
      const postings = this.wordLookup.get(tokens[i] as string);
      if (!postings) continue;
      found.addAll(postings.brandOf);
      let node: BrandNode | undefined = postings;
      for (let j = i + 1; node?.next && j < tokens.length; j += 1) {
        const word = tokens[j] as string;
        // most words after a brand's first word continue no brand: the filter turns them away without a look-up
        if ((node.nextFilter & wordBit(word)) === 0) break;
        node = node.next.get(word);
        found.addAll(node?.pathBrandOf);
      }
      if (postings.lineWordOf.length > 0) named = this.addNamedProducts(listing, postings.lineWordOf, found, named);
    }
    for (const { token, ids } of this.categoryLineWords(listing.categoryTokens)) {
      if (!tokens.includes(token)) named = this.addNamedProducts(listing, ids, found, named);
    }
    if (named) for (const id of named) found.add(id);
  }

  /** A category's distinct product-line words with their products, worked out once per category. */
  private categoryLineWords(category: readonly string[]): readonly CategoryLineWord[] {
    if (category.length === 0) return NO_LINE_WORDS;
    let lineWords = this.byCategory.get(category);
    if (lineWords === undefined) {
      const distinct = [...new Set(category)];
      lineWords = distinct.flatMap((token) => {
        const ids = this.wordLookup.get(token)?.lineWordOf;
        return ids && ids.length > 0 ? [{ token, ids }] : [];
      });
      this.byCategory.set(category, lineWords);
    }
    return lineWords;
  }

  /** Appends the products, among `ids`, whose name the listing covers enough of. */
  private addNamedProducts(listing: ListingView, ids: readonly number[], found: CandidateIds, named: number[] | undefined): number[] | undefined {
    let out = named;
    for (const id of ids) {
      if (found.has(id)) continue;
      const words = (this.products[id] as ProductView).nameTokens;
      const idfs = this.nameIdfs[id] as Float64Array;
      const weight = this.nameWeights[id] as number;
      // stop once the words left cannot bring the sum to what is needed; the margin keeps rounding from deciding
      const hopeless = Math.max(this.minTokenEvidence, MIN_NAME_COVERAGE * weight) - ROUNDING_MARGIN;
      let shared = 0;
      let seen = 0;
      let i = 0;
      for (; i < words.length; i += 1) {
        const idf = idfs[i] as number;
        seen += idf;
        const word = words[i] as string;
        // hasToken's filter turns most of the name's words away without a search of the title
        if (listing.hasToken(word)) shared += idf;
        else if (shared + (weight - seen) < hopeless) break;
      }
      if (i === words.length && shared >= this.minTokenEvidence && shared >= MIN_NAME_COVERAGE * weight) (out ??= []).push(id);
    }
    return out;
  }

  /** Sizes of the blocking structures, for diagnostics and benchmarks. */
  describe(): Record<string, number> {
    return {
      recalls: this.recallCount,
      products: this.products.length,
      gtinKeys: this.gtins.keyCount,
      modelKeys: this.models.keyCount,
      stemKeys: this.stems.keyCount,
      brandKeys: this.brands.keyCount,
      wordKeys: this.words.size,
    };
  }
}

/** A step in a brand of several words: the products whose brand ends here, and the words that may follow. */
interface BrandNode {
  pathBrandOf?: number[];
  next?: Map<string, BrandNode>;
  /** The {@link wordBit}s of the words in `next`, or-ed: a word whose bit is not set is not there. */
  nextFilter: number;
}

interface WordPostings extends BrandNode {
  /** Products whose brand is this one word. */
  brandOf?: readonly number[];
  /** Products whose name has this word and few others do. */
  readonly lineWordOf: number[];
}

/** Every field set from the start, so all words and path steps share one object shape and each read stays monomorphic. */
function newWordPostings(): WordPostings {
  return { brandOf: undefined, lineWordOf: [], pathBrandOf: undefined, next: undefined, nextFilter: 0 };
}

/** The products whose model number is a key, and those whose model number begins with it as its first segment. */
interface ModelPostings {
  readonly exact: readonly number[] | undefined;
  stem: readonly number[] | undefined;
}

interface CategoryLineWord {
  readonly token: string;
  readonly ids: readonly number[];
}

const NO_LINE_WORDS: readonly CategoryLineWord[] = [];
const MAX_BRAND_WORDS = 4;

function modelOrStem(models: Postings, stems: Postings): Map<string, ModelPostings> {
  const byKey = new Map<string, ModelPostings>();
  for (const [key, ids] of models.entries()) byKey.set(key, { exact: ids, stem: undefined });
  for (const [key, ids] of stems.entries()) {
    const postings = byKey.get(key);
    if (postings) postings.stem = ids;
    else byKey.set(key, { exact: undefined, stem: ids });
  }
  return byKey;
}

function countBrandRecalls(products: readonly ProductView[]): Map<string, number> {
  const recalls = new Map<string, Set<string>>();
  for (const product of products) {
    for (const key of product.brands.keys()) {
      const ids = recalls.get(key);
      if (ids) ids.add(product.recall.id);
      else recalls.set(key, new Set([product.recall.id]));
    }
  }
  return new Map([...recalls].map(([key, ids]) => [key, ids.size]));
}

function pushUnique(list: number[], id: number): void {
  if (list[list.length - 1] !== id) list.push(id);
}

/** Builds the index; see {@link RecallIndex}. */
export function buildRecallIndex(recalls: readonly Recall[], options: RecallIndexOptions = {}): RecallIndex {
  return new RecallIndex(recalls, options);
}
