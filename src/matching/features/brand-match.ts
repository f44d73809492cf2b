import type { Feature } from '../algorithm.js';
import type { ListingView } from '../listing-view.js';
import type { ProductView } from '../product-view.js';

/** Shorter brand keys must stand as a word of their own to count as named in a title. */
const MIN_JOINED_BRAND = 5;

function sameBrand(listingBrand: string, skeleton: string, product: ProductView): string | undefined {
  if (product.brands.has(listingBrand)) return product.brands.get(listingBrand);
  const lookAlike = product.brandSkeletons.get(skeleton);
  if (lookAlike) return lookAlike;
  for (const [key, display] of product.brands) {
    if (key.length >= 4 && listingBrand.length >= 4 && (listingBrand.startsWith(key) || key.startsWith(listingBrand))) return display;
  }
  return undefined;
}

function mentionedBrand(listing: ListingView, product: ProductView): string | undefined {
  for (const key of listing.mentionedBrands) {
    const display = product.brands.get(key);
    if (display) return display;
  }
  for (const [key, display] of product.brands) {
    if (listing.tokenSet.has(key) || (key.length >= MIN_JOINED_BRAND && listing.compactTitle.includes(key))) return display;
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
