import type { Feature } from '../algorithm.js';
import type { ListingView } from '../listing-view.js';
import type { ProductView } from '../product-view.js';

/** String methods called through `String.prototype`, as hot code must: see ascii-scan.ts. */
const charCodeAt = String.prototype.charCodeAt;

/** Shorter brand keys must stand as a word of their own to count as named in a title. */
const MIN_JOINED_BRAND = 5;
/** Shorter brand keys must match whole: a prefix of a few letters says nothing. */
const MIN_PREFIX_BRAND = 4;

/** Whether one key starts the other; the first letters are compared before any call, as most pairs differ there. */
function onePrefixesOther(a: string, b: string): boolean {
  return charCodeAt.call(a, 0) === charCodeAt.call(b, 0) && (a.startsWith(b) || b.startsWith(a));
}

function sameBrand(listingBrand: string, skeleton: string, product: ProductView): string | undefined {
  const display = product.brands.get(listingBrand);
  if (display !== undefined) return display;
  const lookAlike = product.brandSkeletons.get(skeleton);
  if (lookAlike) return lookAlike;
  if (listingBrand.length < MIN_PREFIX_BRAND) return undefined;
  for (const key of product.brands.keys()) {
    if (key.length >= MIN_PREFIX_BRAND && onePrefixesOther(listingBrand, key)) return product.brands.get(key);
  }
  return undefined;
}

function mentionedBrand(listing: ListingView, product: ProductView): string | undefined {
  for (const key of listing.mentionedBrands) {
    const display = product.brands.get(key);
    if (display) return display;
  }
  for (const key of product.brands.keys()) {
    if (listing.hasToken(key) || (key.length >= MIN_JOINED_BRAND && listing.compactTitle.includes(key))) return product.brands.get(key);
  }
  return undefined;
}

export const brandMatch: Feature = {
  name: 'brand_match',
  description: "The listing's brand, or a brand named in its title (in any language, through the alias table), is a brand of the recalled product.",
  compare(listing, product) {
    for (let i = 0; i < listing.statedBrands.length; i += 1) {
      const display = sameBrand(listing.statedBrands[i] as string, listing.statedBrandSkeletons[i] as string, product);
      if (display) return { score: 1, detail: `listing brand "${listing.listing.brand}" = recalled brand "${display}"` };
    }
    const mentioned = mentionedBrand(listing, product);
    return mentioned ? { score: 0.8, detail: `title names recalled brand "${mentioned}"` } : undefined;
  },
};

export const brandConflict: Feature = {
  name: 'brand_conflict',
  description: "Negative evidence: the listing states a brand, and it is none of the recalled product's brands nor named in the title.",
  compare(listing, product) {
    if (listing.statedBrands.length === 0 || product.brands.size === 0) return undefined;
    if (listing.statedBrands.some((stated, i) => sameBrand(stated, listing.statedBrandSkeletons[i] as string, product))) return undefined;
    if (mentionedBrand(listing, product)) return undefined;
    const recalled = [...product.brands.values()].slice(0, 3).join('", "');
    return { score: 1, detail: `listing brand "${listing.listing.brand}", recalled brand "${recalled}"` };
  },
};
