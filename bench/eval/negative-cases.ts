import type { Listing } from '../../src/listings/index.js';
import type { Recall } from '../../src/recalls/index.js';
import { brandKey, modelKey, tokenize } from '../../src/normalize/index.js';
import type { Rng } from '../lib/prng.js';
import { modelLikeTokens, recallListing } from '../lib/recall-listing.js';
import { replaceLiteral, tidySpaces } from '../lib/text-perturbations.js';
import { modelNumber } from '../lib/unrelated-listing.js';
import { BRANDS } from '../lib/vocabulary.js';
import { nearModel, otherModel, type RecalledModelKeys } from './model-mutation.js';
import type { NegativeKind, NextId, SuiteCase } from './suite-case.js';

/** What the negative generators need to know of the whole recall corpus. */
export interface NegativeContext {
  readonly recalled: RecalledModelKeys;
  /** In how many recalled product names a (normalised) token occurs. */
  readonly tokenFrequency: (token: string) => number;
  /** Compact keys of every brand in the corpus: an "other brand" must be none of them. */
  readonly corpusBrands: ReadonlySet<string>;
}

/** A word in more recalled names than this is a type word (stroller, heater), not a product-line name. */
const PRODUCT_LINE_MAX_FREQUENCY = 3;
const MODEL_WORDS = /^(?:models?|numbers?|numbera|no\.?|nos\.?|#|style|styles|items?|sku|upcs?|and|or|are|with)$/i;
const MAX_NAME_WORDS = 12;

const ACCESSORY_NOUNS = ['Protective Case', 'Silicone Cover', 'Dust Cover', 'Carrying Case', 'Storage Bag', 'Wall Mount Bracket', 'Decal Sticker Set', 'Mounting Kit'];
const REPLACEMENT_PARTS = ['Knob', 'Power Cord', 'Remote Control', 'Strap', 'Wheel Set', 'Filter', 'Battery Cover', 'Screw Set'];
const CJK_ACCESSORY_NOUNS = ['保护套', '收纳包', '防尘罩', '支架', '贴纸'];

/**
 * A recalled product's name with its model numbers and model wording cut out ("COMMOWNER Electric Pressure
 * Washers, model numbers HD14P-Z and HX18" → "COMMOWNER Electric Pressure Washers").
 * @example cleanProductName('Horizon T101-05 Treadmills', ['T101-05']) // 'Horizon Treadmills'
 */
export function cleanProductName(name: string, models: readonly string[]): string {
  const withoutModels = [...models, ...modelLikeTokens(name)]
    .sort((a, b) => b.length - a.length)
    .reduce((text, model) => replaceLiteral(text, model, ' '), name);
  const words = withoutModels
    .split(/\s+/)
    .filter((word) => word !== '' && !/\d/.test(word) && !MODEL_WORDS.test(word.replace(/[,;:]+$/, '')));
  return tidySpaces(words.slice(0, MAX_NAME_WORDS).join(' ').replace(/(?:\s*[,;]\s*)+/g, ', ').replace(/[,;\s]+$/, ''));
}

/**
 * The words of a name that many recalled products share (the product type), brand words left out.
 * @example typeWords('Goal Zero YETI Portable Power Stations', 'Goal Zero', frequency) // 'Portable Power Stations'
 */
export function typeWords(name: string, brand: string | undefined, frequency: (token: string) => number): string {
  const brandTokens = new Set(brand ? tokenize(brand) : []);
  const kept = name.split(/\s+/).filter((word) => {
    const tokens = tokenize(word);
    return tokens.length > 0 && tokens.every((token) => !brandTokens.has(token) && frequency(token) > PRODUCT_LINE_MAX_FREQUENCY);
  });
  return kept.map((word) => word.replace(/[,;:"“”()]+/g, '')).join(' ');
}

/** A model number worth mutating: 4+ characters and 2+ digits, so not a capacity ("43cc") or a name ("4moms"). */
function isMutableModel(model: string): boolean {
  const key = modelKey(model);
  return key.length >= 4 && (key.match(/\d/g)?.length ?? 0) >= 2;
}

function otherBrand(context: NegativeContext, rng: Rng): string {
  const usable = BRANDS.filter((brand) => !context.corpusBrands.has(brandKey(brand).replace(/\s+/g, '')));
  return rng.pick(usable.length > 0 ? usable : BRANDS);
}

function titled(brand: string | undefined, name: string, model?: string): string {
  const brandInName = brand !== undefined && name.toLowerCase().includes(brand.toLowerCase());
  return tidySpaces(`${brand && !brandInName ? brand : ''} ${name} ${model ?? ''}`);
}

/** The honest listing with its identity replaced: new title and fields, no barcode, no description model. */
function relisted(base: Listing, id: string, title: string, fields: { brand?: string; model?: string }): Listing {
  const { brand: _brand, model: _model, gtins: _gtins, description: _description, ...rest } = base;
  return { ...rest, id, title, description: `${title}. Brand new, ships fast.`, ...fields };
}

function accessoryTitle(subject: string, rng: Rng): string {
  switch (rng.int(0, 3)) {
    case 0:
      return `${rng.pick(ACCESSORY_NOUNS)} for ${subject}`;
    case 1:
      return `Compatible with ${subject} - ${rng.pick(ACCESSORY_NOUNS)}`;
    case 2:
      return `Replacement ${rng.pick(REPLACEMENT_PARTS)} for ${subject}`;
    default:
      return `适用于${subject} ${rng.pick(CJK_ACCESSORY_NOUNS)}`;
  }
}

/**
 * Hard negatives made to resemble one recalled product, each only where meaningful: the same brand and name
 * with another unrecalled model number, a model number one character off, an accessory "for" the product,
 * and the same product type under a brand no recall names.
 * @example const cases = negativeCases(recall, 0, context, new Rng(1), idSequence('eval-'));
 */
export function negativeCases(recall: Recall, productIndex: number, context: NegativeContext, rng: Rng, nextId: NextId): SuiteCase[] {
  const product = recall.products[productIndex];
  if (!product) return [];
  const { listing: base, target } = recallListing(recall, productIndex, rng, 'base');
  const allModels = [...product.modelNumbers, ...target.models];
  const name = cleanProductName(product.name, allModels);
  const cases: SuiteCase[] = [];
  const add = (kind: NegativeKind, title: string, fields: { brand?: string; model?: string }): void => {
    cases.push({ listing: relisted(base, nextId(), title, fields), kind, positive: false, recallId: recall.id, origin: 'generated' });
  };
  const brandField = (): { brand?: string } => (target.brand && rng.chance(0.5) ? { brand: target.brand } : {});
  const modelField = (model: string): { model?: string } => (rng.chance(0.5) ? { model } : {});

  const model = target.models.find(isMutableModel);
  if (model && name) {
    const other = otherModel(model, allModels, context.recalled, rng);
    if (other && target.brand) add('same-brand-other-model', titled(target.brand, name, other), { ...brandField(), ...modelField(other) });
    const near = nearModel(model, context.recalled, rng);
    if (near) add('near-model', titled(target.brand, name, near), { ...brandField(), ...modelField(near) });
  }
  const subject = tidySpaces(model ? `${target.brand ?? ''} ${model}` : titled(target.brand, name));
  if (subject) add('accessory', accessoryTitle(subject, rng), rng.chance(0.4) ? { brand: otherBrand(context, rng) } : {});
  const type = typeWords(name, target.brand, context.tokenFrequency);
  if (type) {
    const brand = otherBrand(context, rng);
    const extra = rng.chance(0.5) ? modelNumber(rng) : undefined;
    const safeExtra = extra && !context.recalled.matchesRecalled(modelKey(extra)) ? extra : undefined;
    add('same-type-other-brand', tidySpaces(`${brand} ${type} ${safeExtra ?? ''}`), rng.chance(0.6) ? { brand } : {});
  }
  return cases;
}
