import type { Listing } from '../../src/listings/index.js';
import { PRODUCT_SYNONYMS } from './product-synonyms.js';
import type { Rng } from './prng.js';
import {
  MODEL_FORMATS,
  hasHomoglyphs,
  insertZeroWidth,
  reformatModel,
  replaceLiteral,
  spaceLetters,
  swapHomoglyphs,
  tidySpaces,
  toChineseTitle,
  toFullWidth,
} from './text-perturbations.js';
import { BRANDS } from './vocabulary.js';

export * from './text-perturbations.js';

/** What a listing derived from a recalled product shows of it, so an evasion knows what to disguise. */
export interface EvasionTarget {
  /** The recalled product's name as the recall gives it. */
  readonly name: string;
  /** The brand as written in the listing's title, if any. */
  readonly brand?: string;
  /** Model numbers written in the listing's title. */
  readonly models: readonly string[];
  /** The product's barcodes (digits only). */
  readonly gtins: readonly string[];
}

export const EVASION_NAMES = [
  'verbatim',
  'model-reformatted',
  'homoglyphs',
  'full-width',
  'zero-width',
  'spaced-letters',
  'brand-omitted',
  'chinese-title',
  'barcode-only',
  'renamed',
] as const;
export type EvasionName = (typeof EVASION_NAMES)[number];

/**
 * One way a seller disguises a recalled product. `apply` is pure: it returns a new listing and
 * draws any choice it makes from `rng`.
 * @example
 * const evasion = evasionByName('homoglyphs');
 * if (evasion.applies(target)) listing = evasion.apply(listing, target, rng);
 */
export interface Evasion {
  readonly name: EvasionName;
  readonly description: string;
  /** Whether the target has what this evasion disguises (a model number, a brand, a barcode...). */
  applies(target: EvasionTarget): boolean;
  apply(listing: Listing, target: EvasionTarget, rng: Rng): Listing;
}

/** The brand and model strings of a target, longest first so a model inside a brand is not cut twice. */
function identifiers(target: EvasionTarget): string[] {
  return [...(target.brand ? [target.brand] : []), ...target.models].sort((a, b) => b.length - a.length);
}

/** The listing with `rewrite` applied to its title and description, the texts a seller writes. */
function rewriteTexts(listing: Listing, rewrite: (text: string) => string): Listing {
  return {
    ...listing,
    title: rewrite(listing.title),
    ...(listing.description !== undefined ? { description: rewrite(listing.description) } : {}),
  };
}

/** Applies `disguise` to every brand and model occurrence, in the texts and in the brand/model fields. */
function disguiseIdentifiers(listing: Listing, target: EvasionTarget, disguise: (text: string) => string): Listing {
  const rewrite = (text: string): string =>
    identifiers(target).reduce((out, identifier) => replaceLiteral(out, identifier, disguise(identifier)), text);
  return {
    ...rewriteTexts(listing, rewrite),
    ...(listing.brand !== undefined ? { brand: disguise(listing.brand) } : {}),
    ...(listing.model !== undefined ? { model: disguise(listing.model) } : {}),
  };
}

function withoutFields(listing: Listing, fields: readonly (keyof Listing)[]): Listing {
  const copy: Record<string, unknown> = { ...listing };
  for (const field of fields) delete copy[field];
  return copy as Listing;
}

function synonymFor(name: string): readonly [string, string] | undefined {
  const lower = name.toLowerCase();
  return [...PRODUCT_SYNONYMS]
    .sort((a, b) => b[0].length - a[0].length)
    .find(([word]) => new RegExp(`\\b${word}s?\\b`).test(lower));
}

const hasIdentifiers = (target: EvasionTarget): boolean => identifiers(target).length > 0;

/** Every evasion, `verbatim` (no disguise, the control) first. */
export const EVASIONS: readonly Evasion[] = [
  {
    name: 'verbatim',
    description: 'No disguise: the recalled product listed under its own name, brand, model and barcode.',
    applies: () => true,
    apply: (listing, target) => ({ ...listing, ...(target.gtins.length > 0 ? { gtins: [...target.gtins] } : {}) }),
  },
  {
    name: 'model-reformatted',
    description: 'Model numbers with separators added, removed or changed and case changed (XJ-2041 → xj2041).',
    applies: (target) => target.models.some((model) => MODEL_FORMATS.some((f) => reformatModel(model, f) !== model)),
    apply(listing, target, rng) {
      const rewrites = target.models.flatMap((original) => {
        const formats = MODEL_FORMATS.filter((format) => reformatModel(original, format) !== original);
        return formats.length === 0 ? [] : [[original, reformatModel(original, rng.pick(formats))] as const];
      });
      const rewrite = (text: string): string => rewrites.reduce((out, [from, to]) => replaceLiteral(out, from, to), text);
      return { ...rewriteTexts(listing, rewrite), ...(listing.model !== undefined ? { model: rewrite(listing.model) } : {}) };
    },
  },
  {
    name: 'homoglyphs',
    description: 'Look-alike characters swapped in brand and model (O↔0, I↔l, 1→l).',
    applies: (target) => identifiers(target).some(hasHomoglyphs),
    apply: (listing, target) => disguiseIdentifiers(listing, target, swapHomoglyphs),
  },
  {
    name: 'full-width',
    description: 'Brand and model typed in full-width characters (ＸＪ－２０４１), as CJK keyboards produce.',
    applies: hasIdentifiers,
    apply: (listing, target) => disguiseIdentifiers(listing, target, toFullWidth),
  },
  {
    name: 'zero-width',
    description: 'Invisible zero-width spaces (U+200B) inside brand and model.',
    applies: hasIdentifiers,
    apply: (listing, target) => disguiseIdentifiers(listing, target, insertZeroWidth),
  },
  {
    name: 'spaced-letters',
    description: 'The brand (or, without one, the first model) spelled out with spaces: A N K E R.',
    applies: hasIdentifiers,
    apply(listing, target) {
      const word = target.brand ?? target.models[0] ?? '';
      const spaced = spaceLetters(word);
      return {
        ...rewriteTexts(listing, (text) => replaceLiteral(text, word, spaced)),
        ...(target.brand !== undefined && listing.brand !== undefined ? { brand: spaced } : {}),
      };
    },
  },
  {
    name: 'brand-omitted',
    description: 'The brand left out of the title and the brand field; name and model stay.',
    applies: (target) => target.brand !== undefined,
    apply: (listing, target) =>
      withoutFields(
        rewriteTexts(listing, (text) => tidySpaces(replaceLiteral(text, target.brand ?? '', ' '))),
        ['brand'],
      ),
  },
  {
    name: 'chinese-title',
    description: 'The title in Chinese from a small bilingual product-word table; brand and model stay in Latin letters.',
    applies: (target) => toChineseTitle(target.name, identifiers(target)) !== undefined,
    apply(listing, target) {
      const title = toChineseTitle(listing.title, identifiers(target)) ?? listing.title;
      return withoutFields({ ...listing, title }, ['description']);
    },
  },
  {
    name: 'barcode-only',
    description: 'Only the barcode identifies the product: a vague title, no brand, model or description.',
    applies: (target) => target.gtins.length > 0,
    apply(listing, target, rng) {
      const noun = target.name.split(/\s+/).slice(-2).join(' ') || 'Item';
      const title = `${noun} ${rng.pick(['- new in box', 'lot', '(unused)', 'great condition', 'bundle'])}`;
      return withoutFields({ ...listing, title, gtins: [...target.gtins] }, ['brand', 'model', 'description']);
    },
  },
  {
    name: 'renamed',
    description: 'Relabelled: another brand name and a synonym for the product noun (hoverboard → self-balancing scooter); models stay.',
    applies: (target) => synonymFor(target.name) !== undefined || (target.brand !== undefined && target.models.length > 0),
    apply(listing, target, rng) {
      const synonym = synonymFor(target.name);
      const brand = rng.pick(BRANDS.filter((candidate) => candidate !== target.brand));
      const rewrite = (text: string): string => {
        const renamed = synonym ? text.replace(new RegExp(`\\b${synonym[0]}s?\\b`, 'gi'), synonym[1]) : text;
        return tidySpaces(target.brand ? replaceLiteral(renamed, target.brand, brand) : renamed);
      };
      return { ...rewriteTexts(listing, rewrite), ...(listing.brand !== undefined ? { brand } : {}) };
    },
  },
];

const BY_NAME: ReadonlyMap<string, Evasion> = new Map(EVASIONS.map((evasion) => [evasion.name, evasion]));

/**
 * The evasion of that name.
 * @example evasionByName('zero-width').description
 */
export function evasionByName(name: EvasionName): Evasion {
  return BY_NAME.get(name) as Evasion;
}

/** The evasions that can disguise this target. */
export function applicableEvasions(target: EvasionTarget, among: readonly Evasion[] = EVASIONS): readonly Evasion[] {
  return among.filter((evasion) => evasion.applies(target));
}
