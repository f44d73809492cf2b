import type { Listing } from '../listings/index.js';
import {
  boundedMemo, brandSkeleton, compactBrandKey, containsCjk, extractGtins, extractModelMentions, findBrandMentions, foldText, gtinCandidates, isAscii, modelKey, tokenize,
  unreadableBarcode, type ModelMention,
} from '../normalize/index.js';
import { accessoryContext, withoutNegatedMentions, type AccessoryContext } from './listing-wording.js';
import { joinedModelMentions, lookAlikeModelMentions, type RecalledModelForms } from './model-joins.js';
import { wordBit, wordFilter } from './word-bit.js';

/** String methods called through `String.prototype`, as hot code must: see ascii-scan.ts. */
const { charCodeAt, slice } = String.prototype;

export type { ModelMention } from '../normalize/index.js';

/** Everything the features need from a listing, computed once per listing. */
export interface ListingView {
  readonly listing: Listing;
  /** Unique title tokens (plus category tokens), in order. */
  readonly tokens: readonly string[];
  /** Whether the title (affirmed part) or the category has this token. */
  hasToken(token: string): boolean;
  /** The category's tokens, the same array for every listing of a category (so indexes may remember what they say). */
  readonly categoryTokens: readonly string[];
  /** The title's tokens in order (negated mentions removed), for multi-word brands ("fisher price"). */
  readonly titleTokens: readonly string[];
  /** The title's tokens joined without spaces, to find brands written as one word or spaced out. */
  readonly compactTitle: string;
  readonly models: readonly ModelMention[];
  /**
   * Model numbers the title may write in parts ("TH 440") or with letters for digits ("DlOO"), not already in
   * `models`: looked up among recalled models as they are, never negative evidence.
   */
  readonly lookupModels: readonly ModelMention[];
  /** Pure-digit title tokens of 4+ digits: only ever compared with pure-digit recalled model numbers. */
  readonly numbers: readonly string[];
  readonly gtins: readonly string[];
  /** Brand keys from the listing's `brand` field. */
  readonly statedBrands: readonly string[];
  /** `statedBrands` as {@link brandSkeleton}s. */
  readonly statedBrandSkeletons: readonly string[];
  /** Brand keys of well-known brands named in the title (any language). */
  readonly mentionedBrands: readonly string[];
  readonly accessory: AccessoryContext;
}

const DESCRIPTION_SCAN_CHARS = 600;
/** Title and category tokens beyond which {@link ListingView.hasToken} builds a set rather than search the lists. */
const LIST_SEARCH_MAX = 32;
const GENERIC_BRANDS = new Set(['', 'generic', 'unbranded', 'nobrand', 'na', 'none', 'oem', 'unknown', '无品牌', '无']);

/** Four or more digits and nothing else. */
function isLongNumber(token: string): boolean {
  if (token.length < 4) return false;
  for (let i = 0; i < token.length; i++) {
    const code = charCodeAt.call(token, i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

export interface ViewOptions {
  /** The recalled model numbers' spelling: model numbers written in parts are joined only toward these. */
  readonly modelForms?: RecalledModelForms;
}

/**
 * Derives the listing's match evidence: tokens, model candidates, barcodes, brands, accessory wording.
 * @example viewListing({ id: '1', title: 'Anker A1263 power bank' }).models[0].key // 'a1263'
 */
export function viewListing(listing: Listing, options: ViewOptions = {}): ListingView {
  // each field read once: listings come in many shapes, so every read is a slow megamorphic look-up
  const { title, description: fullDescription, category } = listing;
  const description = fullDescription ? slice.call(fullDescription, 0, DESCRIPTION_SCAN_CHARS) : '';
  const affirmed = withoutNegatedMentions(title);
  const titleOnly = tokenize(affirmed);
  const inCategory = category ? categoryTokens(category) : NONE;
  return new ListingViewOf(listing, description, affirmed, titleOnly, inCategory, options.modelForms);
}

/** The view as a class: one shape for every listing, and the accessory wording read only when a feature asks. */
class ListingViewOf implements ListingView {
  private tokenList?: readonly string[];
  /**
   * The {@link wordBit}s of the title and category tokens, or-ed: a token whose bit is not set is not there. 0 until
   * worked out (a listing without tokens has 0 too, and works it out again at no cost).
   */
  private tokenFilter = 0;
  /** The title and category tokens once each, made for long titles and for `tokens`. */
  private uniqueTokens?: ReadonlySet<string>;
  private compact?: string;
  private joined?: readonly ModelMention[];
  readonly models: readonly ModelMention[];
  readonly numbers: readonly string[];
  readonly gtins: readonly string[];
  readonly statedBrands: readonly string[];
  readonly statedBrandSkeletons: readonly string[];
  readonly mentionedBrands: readonly string[];
  private accessoryContext?: AccessoryContext;

  constructor(
    readonly listing: Listing,
    description: string,
    private readonly affirmed: string,
    readonly titleTokens: readonly string[],
    readonly categoryTokens: readonly string[],
    private readonly modelForms?: RecalledModelForms,
  ) {
    const { title, model, gtins, brand } = listing;
    this.models = withoutBrand(modelMentions(model, affirmed, description), brand);
    this.numbers = titleTokens.some(isLongNumber) ? titleTokens.filter(isLongNumber) : NONE;
    this.gtins = listingGtins(gtins, title, description);
    const stated = brand ? statedBrandsOf(brand) : NO_BRAND;
    this.statedBrands = stated.keys;
    this.statedBrandSkeletons = stated.skeletons;
    // Latin brand names are found through the title's own words; the alias table adds other scripts.
    this.mentionedBrands = !isAscii(title) && containsCjk(title) ? findBrandMentions(title) : NONE;
  }

  /**
   * A title has a dozen words or so, and a candidate asks about a few: the filter turns most words away, and
   * searching the two lists costs less than building a set (which took 40% of the scoring time of listings with
   * candidates). A long title gets a set.
   */
  hasToken(token: string): boolean {
    if (this.tokenFilter === 0) this.tokenFilter = wordFilter(this.categoryTokens, wordFilter(this.titleTokens));
    if ((this.tokenFilter & wordBit(token)) === 0) return false;
    const { titleTokens, categoryTokens } = this;
    if (titleTokens.length + categoryTokens.length <= LIST_SEARCH_MAX) return titleTokens.includes(token) || categoryTokens.includes(token);
    return this.tokenUnion().has(token);
  }

  get tokens(): readonly string[] {
    this.tokenList ??= [...this.tokenUnion()];
    return this.tokenList;
  }

  private tokenUnion(): ReadonlySet<string> {
    this.uniqueTokens ??= new Set([...this.titleTokens, ...this.categoryTokens]);
    return this.uniqueTokens;
  }

  get lookupModels(): readonly ModelMention[] {
    this.joined ??= lookupMentions(this.affirmed, this.models, this.modelForms);
    return this.joined;
  }

  get compactTitle(): string {
    this.compact ??= this.titleTokens.join('');
    return this.compact;
  }

  get accessory(): AccessoryContext {
    this.accessoryContext ??= accessoryContext(foldText(this.listing.title));
    return this.accessoryContext;
  }
}

const NONE: readonly string[] = [];

/** A catalogue has few categories, repeated on every listing, so their tokens are remembered. */
const categoryTokens: (category: string) => readonly string[] = boundedMemo(10_000, tokenize);

function modelMentions(model: string | undefined, affirmed: string, description: string): ModelMention[] {
  const mentions: ModelMention[] = [];
  // most model fields name one model: no list to split
  if (model && MODEL_LIST_RE.test(model)) for (const part of model.split(MODEL_LIST_RE)) addStatedModel(mentions, part);
  else if (model) addStatedModel(mentions, model);
  for (const mention of extractModelMentions(affirmed)) addMention(mentions, mention);
  if (description && mentions.length === 0) {
    for (const mention of extractModelMentions(withoutNegatedMentions(description))) addMention(mentions, mention);
  }
  return mentions;
}

function lookupMentions(title: string, models: readonly ModelMention[], forms: RecalledModelForms | undefined): readonly ModelMention[] {
  const joined = joinedModelMentions(title, forms);
  const lookAlike = lookAlikeModelMentions(title);
  if (joined.length + lookAlike.length === 0) return NONE_MENTIONED;
  const seen = new Set(models.map((mention) => mention.key));
  const out: ModelMention[] = [];
  for (const mention of [...joined, ...lookAlike]) {
    if (seen.has(mention.key)) continue;
    seen.add(mention.key);
    out.push(mention);
  }
  return out;
}

const NONE_MENTIONED: readonly ModelMention[] = [];
/** What separates the models of a list in the `model` field. */
const MODEL_LIST_RE = /[,;|]/;
const HAS_DIGIT_RE = /\d/;

/** "Origin8" or "Har0 BicycIe" in the brand field: the brand and its words are not model numbers. */
function withoutBrand(mentions: ModelMention[], brand: string | undefined): ModelMention[] {
  // a model mention has a digit, so only a brand with one can be mistaken for a model
  if (!brand || mentions.length === 0 || !HAS_DIGIT_RE.test(brand)) return mentions;
  const brandKeys = new Set([brand, ...brand.split(/\s+/)].map((part) => modelKey(part)));
  return mentions.some((mention) => brandKeys.has(mention.key)) ? mentions.filter((mention) => !brandKeys.has(mention.key)) : mentions;
}

function addStatedModel(mentions: ModelMention[], written: string): void {
  const display = written.trim();
  addMention(mentions, { key: modelKey(display), display });
}

/** A listing names few models, so a search of the list is cheaper than a map. */
function addMention(mentions: ModelMention[], mention: ModelMention): void {
  const { key } = mention;
  if (key.length >= 3 && !mentions.some((other) => other.key === key)) mentions.push(mention);
}

function listingGtins(stated: readonly string[] | undefined, title: string, description: string): string[] {
  const inTitle = extractGtins(title);
  const inDescription = description ? extractGtins(description) : NONE;
  // most listings quote no barcode at all: no set to build then
  if (stated === undefined && inTitle.length === 0 && inDescription.length === 0) return [];
  // a listing quotes a few codes at most: a list searched costs less than a set
  const gtins: string[] = [];
  for (const raw of stated ?? []) {
    const readings = gtinCandidates(raw);
    for (const gtin of readings) addUnique(gtins, gtin);
    // a code that is no valid GTIN can still equal one a recall published as written
    if (readings.length === 0) {
      const digits = unreadableBarcode(raw);
      if (digits) addUnique(gtins, digits);
    }
  }
  for (const gtin of inTitle) addUnique(gtins, gtin);
  for (const gtin of inDescription) addUnique(gtins, gtin);
  return gtins;
}

function addUnique(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

interface StatedBrands {
  readonly keys: readonly string[];
  readonly skeletons: readonly string[];
}

const NO_BRAND: StatedBrands = { keys: NONE, skeletons: NONE };

/** A catalogue's listings repeat a few thousand brands: each one's keys are worked out once, shared by its listings. */
const statedBrandsOf: (brand: string) => StatedBrands = boundedMemo(20_000, (brand) => {
  const key = compactBrandKey(brand);
  return GENERIC_BRANDS.has(key) ? NO_BRAND : { keys: [key], skeletons: [brandSkeleton(key)] };
});
