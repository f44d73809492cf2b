import type { Listing } from '../../src/listings/index.js';
import { randomGtin } from './gtin.js';
import type { Rng } from './prng.js';
import {
  ADJECTIVES,
  BRANDS,
  COLOURS,
  DESCRIPTION_SENTENCES,
  MARKETPLACES,
  MODEL_PREFIXES,
  PRODUCT_TYPES,
  SELLER_SUFFIXES,
  SELLER_WORDS,
  TITLE_EXTRAS,
  type ProductType,
} from './vocabulary.js';

/**
 * A storefront name such as `Maple Ocean Outlet`.
 * @example sellerName(new Rng(3))
 */
export function sellerName(rng: Rng): string {
  return `${rng.pick(SELLER_WORDS)} ${rng.pick(SELLER_WORDS)} ${rng.pick(SELLER_SUFFIXES)}`;
}

/**
 * A model-number-like token in one of the shapes marketplaces show: `XJ-2041`, `KT2041B`, `A1289`, `PB 20K`.
 * @example modelNumber(new Rng(7))   // e.g. 'HX-5120'
 */
export function modelNumber(rng: Rng): string {
  const prefix = rng.pick(MODEL_PREFIXES);
  const digits = String(rng.int(10, 9999));
  switch (rng.int(0, 4)) {
    case 0:
      return `${prefix}-${digits}`;
    case 1:
      return `${prefix}${digits}${rng.pick(['A', 'B', 'S', 'X', 'Pro'])}`;
    case 2:
      return `${prefix}${digits}`;
    case 3:
      return `${prefix} ${rng.int(1, 30)}K`;
    default:
      return `${prefix}-${digits}-${rng.pick(['BK', 'WH', 'US', '01'])}`;
  }
}

function spec(rng: Rng, productType: ProductType): string {
  return rng.pick(productType.specs).replace('#', String(rng.pick(productType.sizes)));
}

function title(rng: Rng, productType: ProductType, brand: string, size: string, model: string | undefined): string {
  const parts: string[] = [];
  if (rng.chance(0.85)) parts.push(brand);
  if (rng.chance(0.7)) parts.push(rng.pick(ADJECTIVES));
  parts.push(productType.noun);
  if (rng.chance(0.6)) parts.push(size);
  if (model !== undefined) parts.push(model);
  if (rng.chance(0.4)) parts.push(rng.pick(COLOURS));
  let text = parts.join(' ');
  if (rng.chance(0.35)) text += `, ${rng.pick(TITLE_EXTRAS)}`;
  return text;
}

function description(rng: Rng, productType: ProductType, brand: string, size: string): string {
  const sentences = rng.sample(DESCRIPTION_SENTENCES, rng.int(1, 3));
  return `${brand} ${productType.noun.toLowerCase()}, ${size}. ${sentences.join(' ')}`;
}

/**
 * A listing of an ordinary product that no recall names, assembled from the vocabularies: brand,
 * adjective, product type, size, model-like token, colour; a third carry a valid UPC or EAN.
 * @example unrelatedListing(new Rng(1), 'gen-000001').title   // e.g. 'Voltrix Compact Power Bank 20000mAh PB-2041'
 */
export function unrelatedListing(rng: Rng, id: string): Listing {
  const productType = rng.pick(PRODUCT_TYPES);
  const brand = rng.pick(BRANDS);
  const model = rng.chance(0.55) ? modelNumber(rng) : undefined;
  const size = spec(rng, productType);
  const marketplace = rng.pick(MARKETPLACES);
  const [low, high] = productType.price;
  return {
    id,
    title: title(rng, productType, brand, size, model),
    ...(rng.chance(0.8) ? { description: description(rng, productType, brand, size) } : {}),
    ...(rng.chance(0.5) ? { brand } : {}),
    ...(model !== undefined && rng.chance(0.4) ? { model } : {}),
    ...(rng.chance(0.33) ? { gtins: [randomGtin(rng, rng.chance(0.6) ? 12 : 13)] } : {}),
    category: productType.category,
    seller: sellerName(rng),
    marketplace: marketplace.name,
    price: Math.round(rng.int(low * 100, high * 100)) / 100,
    currency: marketplace.currency,
    shipsTo: [...marketplace.shipsTo],
  };
}
