import type { Feature, MatchContext } from '../algorithm.js';
import type { ListingView } from '../listing-view.js';
import type { ProductView } from '../product-view.js';
import { listingText, productText } from './pair-text.js';

const trigramCache = new WeakMap<object, ReadonlySet<string>>();

function trigramsOf(key: ListingView | ProductView, title: string): ReadonlySet<string> {
  let grams = trigramCache.get(key);
  if (grams === undefined) {
    const text = ` ${title.replace(/[^a-z0-9]+/g, ' ').trim()} `;
    const set = new Set<string>();
    for (let i = 0; i + 3 <= text.length; i += 1) set.add(text.slice(i, i + 3));
    grams = set;
    trigramCache.set(key, grams);
  }
  return grams;
}

/**
 * Character-trigram Jaccard similarity of the two titles (letters and digits only): tolerant of words written
 * together or apart (`imagemanager`, `image manager`) and of small spelling differences.
 * @example trigramJaccard.compare(viewListing(listingOf('personal image manager')), productNamed('personal imagemanager'), context)?.score // ≈ 0.8
 */
export const trigramJaccard: Feature = {
  name: 'trigram_jaccard',
  description: 'Jaccard similarity of the character trigrams of the listing title and the product name (letters and digits only), tolerant of words joined or split and of small spelling differences.',
  compare(listing, product) {
    const a = trigramsOf(listing, listingText(listing).title);
    const b = trigramsOf(product, productText(product).title);
    let shared = 0;
    for (const gram of a) if (b.has(gram)) shared += 1;
    if (shared === 0) return undefined;
    const score = shared / (a.size + b.size - shared);
    return { score, detail: `${shared} of ${a.size + b.size - shared} character trigrams shared` };
  },
};

function rareShare(tokens: ReadonlySet<string>, other: ReadonlySet<string>, context: MatchContext): [number, number] {
  let total = 0;
  let found = 0;
  for (const token of tokens) {
    const weight = context.stats.idf(token);
    total += weight;
    if (other.has(token)) found += weight;
  }
  return [found, total];
}

/**
 * IDF-weighted overlap of the two whole texts (title or name, model fields, description), measured both ways
 * and combined as the smaller share: high only when each side's rare words appear on the other side.
 * @example fullTextOverlap.compare(viewListing(listingOf('sony lcs-csl case', { description: 'leather' })), product, context)?.score
 */
export const fullTextOverlap: Feature = {
  name: 'full_text_overlap',
  description: "Rarity-weighted overlap of the whole texts (title or name, model fields, description) both ways: the smaller of the share of the listing's word weight found in the product's text and the share of the product's found in the listing's.",
  compare(listing, product, context) {
    const listed = listingText(listing).tokens;
    const recalled = productText(product).tokens;
    const [there, listedTotal] = rareShare(listed, recalled, context);
    if (there === 0) return undefined;
    const [back, recalledTotal] = rareShare(recalled, listed, context);
    const score = Math.min(there / listedTotal, back / recalledTotal);
    return { score, detail: `${(100 * there / listedTotal).toFixed(0)} % of the listing's word weight found, ${(100 * back / recalledTotal).toFixed(0)} % of the product's` };
  },
};

/**
 * Share of the product name's rare words (carried by at most three products) the listing's whole text repeats,
 * times the same share of the listing title's rare words in the product's whole text.
 * @example rareWordsBothWays.compare(viewListing(listingOf('cluefinders 3rd grade')), productNamed('cluefinders 3rd grade adventures'), context)?.score
 */
export const rareWordsBothWays: Feature = {
  name: 'rare_words_both_ways',
  description: "The product-line words (carried by at most three indexed products) of each title found in the other side's whole text: the share found one way times the share found the other way.",
  compare(listing, product, context) {
    const rare = (tokens: Iterable<string>): string[] => [...tokens].filter((token) => context.stats.isDistinctiveIdf(context.stats.idf(token)));
    const listedRare = rare(new Set(listing.titleTokens));
    const recalledRare = rare(product.nameTokens);
    if (listedRare.length === 0 || recalledRare.length === 0) return undefined;
    const recalledAll = productText(product).tokens;
    const listedAll = listingText(listing).tokens;
    const there = listedRare.filter((token) => recalledAll.has(token)).length;
    const back = recalledRare.filter((token) => listedAll.has(token)).length;
    if (there === 0 || back === 0) return undefined;
    return { score: (there / listedRare.length) * (back / recalledRare.length), detail: `${there} of ${listedRare.length} and ${back} of ${recalledRare.length} rare words found` };
  },
};

/**
 * Rarity-weighted share of the listing title's words found anywhere in the product's text: 1 when the listing
 * says nothing the product does not (`my sim aquarium` inside a longer catalogue title).
 * @example listingCoverage.compare(viewListing(listingOf('my sim aquarium')), productNamed('viva media my sim aquarium win xp'), context)?.score // 1
 */
export const listingCoverage: Feature = {
  name: 'listing_coverage',
  description: "The rarity-weighted share of the listing title's words found anywhere in the product's text (name, model numbers, description).",
  compare(listing, product, context) {
    const [found, total] = rareShare(new Set(listing.titleTokens), productText(product).tokens, context);
    if (found === 0) return undefined;
    return { score: found / total, detail: `${(100 * found / total).toFixed(0)} % of the listing title's word weight is in the product's text` };
  },
};
