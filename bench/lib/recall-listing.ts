import type { Listing } from '../../src/listings/index.js';
import type { Recall } from '../../src/recalls/index.js';
import type { EvasionTarget } from './evasions.js';
import type { Rng } from './prng.js';
import { tidySpaces } from './text-perturbations.js';
import { DESCRIPTION_SENTENCES, MARKETPLACES, TITLE_EXTRAS } from './vocabulary.js';
import { sellerName } from './unrelated-listing.js';

const CORPORATE_SUFFIX = /[,.]?\s+(inc|llc|l\.l\.c|ltd|limited|co|corp|corporation|company|gmbh|s\.a|plc|usa|us|international)\.?$/i;

/** A company name as a brand: corporate suffixes cut (`Goal Zero LLC` → `Goal Zero`). */
export function brandFromCompany(company: string): string {
  let name = company.trim();
  for (let previous = ''; previous !== name; ) {
    previous = name;
    name = name.replace(CORPORATE_SUFFIX, '').trim();
  }
  return name;
}

/**
 * Tokens of a product name that look like model numbers: they mix letters and digits or are digit
 * runs with a separator (`3000X`, `XJ-2041`, `P113`), at least three characters long.
 * @example modelLikeTokens('Goal Zero YETI 3000X Power Stations') → ['3000X']
 */
export function modelLikeTokens(name: string): string[] {
  return name
    .split(/[\s,;()/]+/)
    .map((token) => token.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, ''))
    .filter((token) => token.length >= 3 && /\d/.test(token) && (/[A-Za-z]/.test(token) || /\d[-.]\d/.test(token)))
    .filter((token) => !/^\d+(mah|wh|w|v|oz|lb|lbs|ft|in|mm|cm|qt)$/i.test(token));
}

/**
 * Whether a recall's brand reads like one a seller would type: short, and not a sentence cut from a
 * notice title (older CPSC slugs yield "CPSC and Acme Announce…").
 */
function plausibleBrand(brand: string): boolean {
  const words = brand.split(/\s+/);
  return brand.length >= 2 && brand.length <= 40 && words.length <= 4 && words[0] !== 'CPSC';
}

function brandOf(recall: Recall, productIndex: number): string | undefined {
  const declared = recall.products[productIndex]?.brands ?? [];
  const companies = [...recall.manufacturers, ...recall.importers, ...recall.distributors].map(brandFromCompany);
  return [...declared, ...companies].find(plausibleBrand);
}

/** A listing of a recalled product before any evasion, and what of the product it shows. */
export interface RecallListing {
  readonly listing: Listing;
  readonly target: EvasionTarget;
}

/**
 * Lists a recalled product the way an honest seller would: brand, the recall's product name and up
 * to two model numbers in the title, a short description, no barcode (evasions decide about that).
 * @example const { listing, target } = recallListing(recall, 0, rng, 'gen-000042');
 */
export function recallListing(recall: Recall, productIndex: number, rng: Rng, id: string): RecallListing {
  const product = recall.products[productIndex] ?? recall.products[0];
  const name = product?.name ?? recall.title;
  const brand = brandOf(recall, productIndex);
  const declaredModels = (product?.modelNumbers ?? []).slice(0, 2);
  const models = declaredModels.length > 0 ? declaredModels : modelLikeTokens(name).slice(0, 2);
  const brandInName = brand !== undefined && name.toLowerCase().includes(brand.toLowerCase());
  const missingModels = models.filter((model) => !name.toLowerCase().includes(model.toLowerCase()));
  const extra = rng.chance(0.4) ? ` - ${rng.pick(TITLE_EXTRAS)}` : '';
  const title = tidySpaces(`${brand && !brandInName ? brand : ''} ${name} ${missingModels.join(' ')}`) + extra;
  const marketplace = rng.pick(MARKETPLACES);
  const gtins = (product?.gtins ?? []).map((gtin) => gtin.replace(/\D/g, '')).filter((gtin) => gtin.length >= 8);
  const listing: Listing = {
    id,
    title,
    description: `${name}. ${rng.pick(DESCRIPTION_SENTENCES)}`,
    ...(brand ? { brand } : {}),
    ...(models[0] && rng.chance(0.5) ? { model: models[0] } : {}),
    seller: sellerName(rng),
    marketplace: marketplace.name,
    price: Math.round(rng.int(900, 25000)) / 100,
    currency: marketplace.currency,
    shipsTo: [...marketplace.shipsTo],
  };
  return { listing, target: { name, ...(brand ? { brand } : {}), models, gtins } };
}
