import { RecallguardError } from '../errors/index.js';
import type { Listing } from '../listings/index.js';
import type { Thresholds } from './algorithm.js';
import { compare, type Comparison } from './compare.js';
import { viewListing } from './listing-view.js';
import type { RecallIndex } from './recall-index.js';

/**
 * Scores one listing against one indexed product with the index's algorithm and corpus statistics, without
 * candidate generation: for pairwise evaluation, where the pair is given and blocking is not under test.
 * With `review` at 0 every feature is evaluated, so the score is the full one at any threshold above it.
 * Throws `RG_ERR_INTERNAL` when `productId` is not a product of the index.
 * @example scorePair(index, { id: 'l1', title: 'Anker A1263 power bank' }, 0).score // 1
 */
export function scorePair(index: RecallIndex, listing: Listing, productId: number, thresholds?: Thresholds): Comparison {
  const product = index.products[productId];
  if (!product) {
    throw new RecallguardError('RG_ERR_INTERNAL', `no product ${productId} in the index (it holds ${index.products.length})`, {
      details: { productId },
    });
  }
  return compare(viewListing(listing, index.viewOptions), product, index.algorithm, index.context, thresholds ?? index.algorithm.thresholds);
}
