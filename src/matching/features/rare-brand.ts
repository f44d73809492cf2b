import type { Feature, MatchContext } from '../algorithm.js';
import type { ListingView } from '../listing-view.js';
import type { ProductView } from '../product-view.js';
import { brandMatch } from './brand-match.js';

/** A brand on more recalls than this names a firm, not a product line. */
const MAX_BRAND_RECALLS = 3;

/** Whether the listing has every word of the product's (non-empty) name and none of them is a product-line word. */
function hasWholeCommonName(listing: ListingView, product: ProductView, context: MatchContext): boolean {
  const { nameTokens } = product;
  if (nameTokens.length === 0) return false;
  // a name word's IDF is distinctive exactly when its frequency is, and the IDFs are at hand
  const idfs = context.nameIdfs(product);
  for (let i = 0; i < nameTokens.length; i += 1) {
    if (!listing.hasToken(nameTokens[i] as string) || context.stats.isDistinctiveIdf(idfs[i] as number)) return false;
  }
  return true;
}

export const rareBrandName: Feature = {
  name: 'rare_brand_name',
  description: `The listing's brand field names a brand of at most ${MAX_BRAND_RECALLS} recalls and the listing has every word of the recalled product's name, all of them common words: a narrow brand with its exact, generic product name ("Homelite Chainsaws") is worth a reviewer's look. Never fires for a name with a product-line word, which title_similarity already rewards.`,
  compare(listing, product, context) {
    if (listing.statedBrands.length === 0 || !hasWholeCommonName(listing, product, context)) return undefined;
    let recalls = Infinity;
    for (const key of product.brands.keys()) recalls = Math.min(recalls, context.brandRecalls(key));
    if (recalls > MAX_BRAND_RECALLS) return undefined;
    const brand = brandMatch.compare(listing, product, context);
    if (!brand || brand.score < 1) return undefined;
    return { score: 1, detail: `${brand.detail}, a brand of ${recalls} recall${recalls === 1 ? '' : 's'}; the listing has the whole name "${product.name}"` };
  },
};
