import type { Feature } from '../algorithm.js';
import { tokenize } from '../../normalize/index.js';

/**
 * Share of the shorter category's words that the other category repeats: two shops name categories their own way
 * (`digital cameras`, `point shoot digital cameras`), so overlap, not equality. Silent when either has none.
 * @example categoryOverlap.compare(viewListing(listingOf('kodak m552', { category: 'digital cameras' })), productOfType('point shoot digital cameras'), context)?.score // 1
 */
export const categoryOverlap: Feature = {
  name: 'category_overlap',
  description: "The share of the shorter category's words (listing category, product type) found in the other category; silent when either side has no category.",
  compare(listing, product) {
    const listed = new Set(tokenize(listing.listing.category ?? ''));
    const typed = new Set(tokenize(product.recall.products[product.productIndex]?.productType ?? ''));
    if (listed.size === 0 || typed.size === 0) return undefined;
    const shared = [...listed].filter((word) => typed.has(word));
    if (shared.length === 0) return undefined;
    return { score: shared.length / Math.min(listed.size, typed.size), detail: `categories share ${shared.map((word) => `"${word}"`).join(', ')}` };
  },
};
