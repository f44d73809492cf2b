import type { Feature, MatchContext } from '../algorithm.js';
import type { ListingView } from '../listing-view.js';
import type { ProductView } from '../product-view.js';

/**
 * Every feature's raw score for one pair (0 where it does not fire), in the given order: the row a fit learns
 * from. Unlike scoring, nothing is skipped.
 * @example featureVector(viewListing(listing), index.products[id], [...FEATURE_CATALOG.values()], index.context)
 */
export function featureVector(listing: ListingView, product: ProductView, features: readonly Feature[], context: MatchContext): Float64Array {
  const vector = new Float64Array(features.length);
  for (let i = 0; i < features.length; i += 1) vector[i] = (features[i] as Feature).compare(listing, product, context)?.score ?? 0;
  return vector;
}
