import { z } from 'zod';
import type { Listing } from '../listings/index.js';
import { viewListing } from '../matching/index.js';
import { foldText, tokenize } from '../normalize/index.js';
import { imageKey } from './image-key.js';

/** Fingerprints are compared only within one version; a new extractor means a new version, never a changed one. */
export const FINGERPRINT_VERSION = 'fp-v1';

const HAS_DIGIT = /\d/;
const SHINGLE_SIZE = 3;

/**
 * What is kept of a removed listing to recognise it when it comes back: its identifiers (GTINs, model keys,
 * image URLs), its seller, and the shape of its title. Plain JSON, for storage.
 * @example Fingerprint.parse(JSON.parse(JSON.stringify(fingerprintListing(listing))))
 */
export const Fingerprint = z.object({
  version: z.literal(FINGERPRINT_VERSION),
  listingId: z.string().min(1),
  /** `marketplace/seller`, folded; null when the listing names no seller. */
  seller: z.string().nullable(),
  /** GTIN-14s from the gtins field, the title and the description. */
  gtins: z.array(z.string()),
  /** Model-number keys (as the matcher computes them). */
  modelKeys: z.array(z.string()),
  /** Title words containing digits (`10000mah`, `2024`): two titles with numbers but none in common differ. */
  numbers: z.array(z.string()),
  /** Character 3-shingles of each folded title word, padded with a space each side. */
  titleShingles: z.array(z.string()),
  /** Image URLs as host + path: lower-case host, no scheme, query or fragment. */
  images: z.array(z.string()),
});
export type Fingerprint = z.infer<typeof Fingerprint>;

/**
 * The fingerprint of a listing, computed with the matcher's own normalisers (GTINs, model keys, folded
 * title words). Pure and deterministic: the arrays are sorted and free of duplicates.
 * @example
 * fingerprintListing({ id: 'L1', title: 'Anker PowerCore 10000 A1263 power bank', seller: 'VoltHub', marketplace: 'shopx' })
 * // { version: 'fp-v1', listingId: 'L1', seller: 'shopx/volthub', modelKeys: ['a1263'], numbers: ['10000', 'a1263'], ... }
 */
export function fingerprintListing(listing: Listing): Fingerprint {
  const view = viewListing(listing);
  const words = [...new Set(tokenize(listing.title))];
  return {
    version: FINGERPRINT_VERSION,
    listingId: listing.id,
    seller: sellerKey(listing),
    gtins: sortedUnique(view.gtins),
    modelKeys: sortedUnique(view.models.map((model) => model.key)),
    numbers: sortedUnique(words.filter((word) => HAS_DIGIT.test(word))),
    titleShingles: sortedUnique(words.flatMap(shingles)),
    images: sortedUnique((listing.images ?? []).flatMap((url) => imageKey(url) ?? [])),
  };
}

/**
 * The key that identifies a seller across listings: marketplace and seller name, folded (case, width,
 * look-alike letters, spacing); null without a seller. Two marketplaces' sellers of the same name differ.
 * @example sellerKey({ id: '1', title: 't', seller: ' VoltHub  Store ', marketplace: 'ShopX' }) // 'shopx/volthub store'
 */
export function sellerKey(listing: Pick<Listing, 'seller' | 'marketplace'>): string | null {
  const seller = listing.seller ? foldText(listing.seller) : '';
  if (!seller) return null;
  return `${(listing.marketplace ?? '').trim().toLowerCase()}/${seller}`;
}

function shingles(word: string): string[] {
  const padded = ` ${word} `;
  const out: string[] = [];
  for (let i = 0; i + SHINGLE_SIZE <= padded.length; i++) out.push(padded.slice(i, i + SHINGLE_SIZE));
  return out;
}

function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
