import type { Feature, MatchContext } from '../algorithm.js';
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

/** The listing keeps this much of the name's rarity, a product-line word among it, for a relabel to be likely. */
const RELABEL_COVERAGE = 0.8;

/** "MOOVAX Venus Simply3 Disposable razors": another brand on a recalled product line is a relabel, not a conflict. */
function keepsProductLine(listing: ListingView, product: ProductView, context: MatchContext): boolean {
  const idfs = context.nameIdfs(product);
  let total = 0;
  let shared = 0;
  let line = false;
  for (let i = 0; i < product.nameTokens.length; i += 1) {
    const weight = idfs[i] as number;
    total += weight;
    if (!listing.tokenSet.has(product.nameTokens[i] as string)) continue;
    shared += weight;
    if (context.stats.isDistinctiveIdf(weight)) line = true;
  }
  return line && total > 0 && shared >= RELABEL_COVERAGE * total;
}

function brandConflictOf(options: { readonly relabels: boolean }): Feature {
  return {
    name: 'brand_conflict',
    description: options.relabels
      ? "Negative evidence: the listing states a brand, and it is none of the recalled product's brands nor named in the title; not when the listing keeps most of the product's name, a product-line word among it (a relabelled product)."
      : "Negative evidence: the listing states a brand, and it is none of the recalled product's brands nor named in the title.",
    compare(listing, product, context) {
      if (listing.statedBrands.length === 0 || product.brands.size === 0) return undefined;
      if (listing.statedBrands.some((stated, i) => sameBrand(stated, listing.statedBrandSkeletons[i] as string, product))) return undefined;
      if (mentionedBrand(listing, product)) return undefined;
      if (options.relabels && keepsProductLine(listing, product, context)) return undefined;
      const recalled = [...product.brands.values()].slice(0, 3).join('", "');
      return { score: 1, detail: `listing brand "${listing.listing.brand}", recalled brand "${recalled}"` };
    },
  };
}

/** rg-v1's brand conflict. */
export const brandConflict = brandConflictOf({ relabels: false });

/** The brand conflict that lets a relabelled product line through (rg-v3). */
export const brandConflictUnlessRelabel = brandConflictOf({ relabels: true });
