import { isModelLike, modelKey } from '../../normalize/index.js';
import type { Feature, MatchContext } from '../algorithm.js';
import type { ListingView, ModelMention } from '../listing-view.js';
import type { ProductView, RecalledModel } from '../product-view.js';

const PURE_DIGITS = /^\d+$/;

/** How much an exact model-number match identifies: long mixed keys a lot, short or shared keys less. */
export function modelDistinctiveness(key: string, context: MatchContext): number {
  const digitsOnly = PURE_DIGITS.test(key);
  let base: number;
  if (key.length >= 5) base = digitsOnly ? 0.75 : 1;
  else if (key.length === 4) base = digitsOnly ? 0.55 : 0.85;
  else base = 0.5;
  const sharedBy = context.modelFrequency(key);
  return sharedBy > 3 ? base * 0.7 : base;
}

/** rg-v1 reads model numbers as the listing writes them; later versions also join numbers written in parts. */
export interface ModelMatchOptions {
  /** Also match the listing's `lookupModels` ("TH 440") exactly. */
  readonly joined: boolean;
  /** `other_model` also speaks when this product lists no models but another product of its recall does. */
  readonly recallWide: boolean;
}

const AS_WRITTEN: ModelMatchOptions = { joined: false, recallWide: false };

const NO_PAIRS: readonly [string, RecalledModel][] = [];

function exactPairs(listing: ListingView, product: ProductView, options: ModelMatchOptions = AS_WRITTEN): readonly [string, RecalledModel][] {
  // most candidates are found by brand or name and list no model
  if (product.models.length === 0) return NO_PAIRS;
  const pairs: [string, RecalledModel][] = [];
  const mentions = options.joined && listing.lookupModels.length > 0 ? [...listing.models, ...listing.lookupModels] : listing.models;
  for (const mention of mentions) {
    const model = product.models.find((candidate) => candidate.key === mention.key);
    if (model) pairs.push([mention.display, model]);
  }
  for (const number of listing.numbers) {
    const model = product.models.find((candidate) => candidate.key === number);
    if (model) pairs.push([number, model]);
  }
  return pairs;
}

/** Whether the listing names one of the product's model numbers exactly (after normalisation). */
export function hasExactModel(listing: ListingView, product: ProductView): boolean {
  return exactPairs(listing, product).length > 0;
}

function stemPair(listing: ListingView, product: ProductView): [ModelMention, RecalledModel] | undefined {
  if (product.models.length === 0) return undefined;
  for (const mention of listing.models) {
    const model = product.models.find((candidate) => candidate.stem === mention.key || (mention.key.length >= 5 && candidate.key.startsWith(mention.key)));
    if (model) return [mention, model];
  }
  return undefined;
}

/** True when `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours. */
export function isOneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const DIGITS_ONLY = /^\d+$/;

/**
 * The listing's model mentions for negative evidence: with `recallWide`, its long pure numbers too when the product
 * lists a pure-digit model ("Cybex benches 22064" against recalled 16742), which rg-v1 left out.
 */
function negativeMentions(listing: ListingView, product: ProductView, options: ModelMatchOptions, keys?: readonly string[]): readonly ModelMention[] {
  if (!options.recallWide) return listing.models;
  const models = listing.models.some(isNoModel) ? listing.models.filter((mention) => !isNoModel(mention)) : listing.models;
  if (listing.numbers.length === 0) return models;
  const digitModel = keys ? keys.some((key) => DIGITS_ONLY.test(key)) : product.models.some((model) => DIGITS_ONLY.test(model.key));
  if (!digitModel) return models;
  return [...models, ...listing.numbers.filter((number) => !YEAR.test(number)).map((number) => ({ key: number, display: number }))];
}

const YEAR = /^(?:19|20)\d\d$/;
/** A word spelt with look-alike digits ("S0Iuti0n", "P0wersp0rts"): digits 0/1/3/4/5/7 only, each between letters. */
const LEET_WORD = /^(?=(?:[^a-z]*[a-z]){4})[a-z]+(?:[013457]+[a-z]+)+$/;

/** Mentions that are no evidence of another model: a model year, or a word disguised with look-alike digits. */
function isNoModel(mention: ModelMention): boolean {
  return YEAR.test(mention.key) || LEET_WORD.test(mention.key);
}

function nearPair(listing: ListingView, product: ProductView, options: ModelMatchOptions = AS_WRITTEN): [ModelMention, RecalledModel] | undefined {
  for (const mention of negativeMentions(listing, product, options)) {
    if (mention.key.length < 4) continue;
    const model = product.models.find((candidate) => isOneEditApart(candidate.key, mention.key));
    if (model) return [mention, model];
  }
  return undefined;
}

function modelExactOf(options: ModelMatchOptions): Feature {
  return {
    name: 'model_exact',
    description: 'A model number in the listing equals a recalled model number after normalisation (case, separators, full-width and zero-width characters, O/0 and I/l/1 look-alikes). Scored by how distinctive the model number is.',
    compare(listing, product, context) {
      let best: { score: number; detail: string } | undefined;
      for (const [written, model] of exactPairs(listing, product, options)) {
        const score = modelDistinctiveness(model.key, context);
        if (!best || score > best.score) best = { score, detail: `listing "${written}" = recalled model "${model.display}"` };
      }
      return best;
    },
  };
}

function modelStemOf(options: ModelMatchOptions): Feature {
  return {
    name: 'model_stem',
    description: 'A model number in the listing is the base of a recalled model number (10AW1G for 10AW1G-AQU2U) when no model matches exactly.',
    compare(listing, product, context) {
      if (exactPairs(listing, product, options).length > 0) return undefined;
      const pair = stemPair(listing, product);
      if (!pair) return undefined;
      const [mention, model] = pair;
      return { score: 0.8 * modelDistinctiveness(mention.key, context), detail: `listing "${mention.display}" is the base of recalled model "${model.display}"` };
    },
  };
}

function sharesBarcode(listing: ListingView, product: ProductView): boolean {
  return listing.gtins.some((gtin) => product.gtins.has(gtin));
}

function modelNearOf(options: ModelMatchOptions): Feature {
  return {
    name: 'model_near',
    description: options.recallWide
      ? 'Negative evidence: the listing names a model one character away from a recalled one, or from a code in the name of a product that lists no models (A1264 vs A1263), and none that matches: most often a different, unrecalled product.'
      : 'Negative evidence: the listing names a model one character away from a recalled one (A1264 vs A1263) and none that matches: most often a different, unrecalled product.',
    compare(listing, recalled) {
      const product = options.recallWide ? withNameCodes(recalled) : recalled;
      if (sharesBarcode(listing, product) || exactPairs(listing, product, options).length > 0 || stemPair(listing, product)) return undefined;
      const pair = nearPair(listing, product, options);
      if (!pair) return undefined;
      const [mention, model] = pair;
      return { score: 1, detail: `listing "${mention.display}" is one character from recalled model "${model.display}"` };
    },
  };
}

const nameCoded = new WeakMap<ProductView, ProductView>();
const MIN_NAME_CODE = 4;

/**
 * A product that lists no model numbers, read with the codes its name carries ("Venus Simply3", "Bauer One55")
 * as its models: negative evidence only, so a listing naming a code one character off is not taken for it.
 */
function withNameCodes(product: ProductView): ProductView {
  if (product.models.length > 0) return product;
  let view = nameCoded.get(product);
  if (!view) {
    const models = product.nameTokens.filter((token) => token.length >= MIN_NAME_CODE && isModelLike(token)).map((token) => ({ key: modelKey(token), display: token }));
    view = models.length === 0 ? product : { ...product, models, modelKeys: new Set(models.map((model) => model.key)) };
    nameCoded.set(product, view);
  }
  return view;
}

/** A recall's other products' model keys, for `other_model` on a product that lists none. */
function siblingKeys(product: ProductView): readonly string[] {
  const keys: string[] = [];
  for (const key of product.recallModelKeys) if (!product.modelKeys.has(key)) keys.push(key);
  return keys;
}

function namesSiblingModel(mentions: readonly ModelMention[], keys: readonly string[]): boolean {
  return mentions.some((mention) => keys.some((key) => key === mention.key || (mention.key.length >= 4 && isOneEditApart(key, mention.key)) || key.startsWith(mention.key)));
}

function otherModelOf(options: ModelMatchOptions): Feature {
  return {
    name: 'other_model',
    description: options.recallWide
      ? 'Negative evidence: the recall lists model numbers (for this product; when it lists none, for another product of the same notice, or as codes in the product name) and the listing names only other, unrelated ones, model years and words spelt with look-alike digits aside (ignored when the barcode matches).'
      : 'Negative evidence: the recall lists model numbers and the listing names only other, unrelated ones (ignored when the barcode matches).',
    compare(listing, candidate) {
      const product = options.recallWide ? withNameCodes(candidate) : candidate;
      const siblings = product.models.length === 0 && options.recallWide ? siblingKeys(product) : [];
      const mentions = negativeMentions(listing, product, options, product.models.length === 0 ? siblings : undefined);
      if (mentions.length === 0 || sharesBarcode(listing, product)) return undefined;
      const shown = mentions.slice(0, 3).map((mention) => `"${mention.display}"`).join(', ');
      if (product.models.length === 0) {
        if (siblings.length === 0 || namesSiblingModel(mentions, siblings)) return undefined;
        return { score: 1, detail: `listing names ${shown}; the notice lists ${siblings.slice(0, 3).map((key) => `"${key}"`).join(', ')}${siblings.length > 3 ? ', …' : ''}` };
      }
      if (exactPairs(listing, product, options).length > 0 || stemPair(listing, product) || nearPair(listing, product, options)) return undefined;
      const recalled = product.models.slice(0, 3).map((model) => `"${model.display}"`).join(', ');
      return { score: 1, detail: `listing names ${shown}; recall lists ${recalled}${product.models.length > 3 ? ', …' : ''}` };
    },
  };
}

/**
 * The four model-number features under one reading of the listing's models.
 * @example const { modelExact } = modelFeatures({ joined: true, recallWide: true });
 */
export function modelFeatures(options: ModelMatchOptions): { modelExact: Feature; modelStem: Feature; modelNear: Feature; otherModel: Feature } {
  return { modelExact: modelExactOf(options), modelStem: modelStemOf(options), modelNear: modelNearOf(options), otherModel: otherModelOf(options) };
}

/** rg-v1's model features: models as the listing writes them, each product on its own. */
export const { modelExact, modelStem, modelNear, otherModel } = modelFeatures(AS_WRITTEN);
