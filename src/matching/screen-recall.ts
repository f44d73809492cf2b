import type { Listing } from '../listings/index.js';
import { compareToReport } from './compare.js';
import { viewListing } from './listing-view.js';
import type { RecallMatch } from './match-result.js';
import type { RecallIndex } from './recall-index.js';

/**
 * A listing's match with one recall only, scored exactly as {@link screenListing} would score it against the
 * whole index (same candidates, same rarity statistics): what a sweep needs when one recall arrives or changes.
 * Undefined when the listing does not reach `review` for that recall.
 * @example screenAgainstRecall(index, listing, 'cpsc:17057')?.decision // 'block'
 */
export function screenAgainstRecall(index: RecallIndex, listing: Listing, recallId: string): RecallMatch | undefined {
  const view = viewListing(listing, index.viewOptions);
  let best: RecallMatch | undefined;
  for (const id of index.candidates(view)) {
    const product = index.products[id];
    if (!product || product.recall.id !== recallId) continue;
    const result = compareToReport(view, product, index.algorithm, index.context, index.algorithm.thresholds);
    if (result?.decision === undefined || (best && best.score >= result.score)) continue;
    best = { recallId, productIndex: product.productIndex, score: result.score, decision: result.decision, features: [...result.features] };
  }
  return best;
}
