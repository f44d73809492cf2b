import { Listing } from '../listings/index.js';
import { viewListing, type RecallIndex } from '../matching/index.js';
import type { LabelledPair } from '../matching/fitting/index.js';
import type { Store } from '../storage/index.js';

/**
 * Reviewers' decisions as labelled pairs for `fitAlgorithm`: each confirmed match is a 1, each dismissal a 0,
 * the listing as it was when decided against the recall product in `index`. Decisions about products the
 * index no longer holds are left out.
 * @example const train = await reviewerPairs(store, await service.index());
 */
export async function reviewerPairs(store: Store, index: RecallIndex): Promise<LabelledPair[]> {
  const pairs: LabelledPair[] = [];
  for (const label of await store.takedownMemory.labels()) {
    const product = index.product(label.recallId, label.productIndex);
    const listing = Listing.safeParse(label.listing);
    if (!product || !listing.success) continue;
    pairs.push({ listing: viewListing(listing.data), product, label: label.isMatch ? 1 : 0 });
  }
  return pairs;
}
