import type { Listing } from '../listings/index.js';
import type { Thresholds } from './algorithm.js';
import { compareToReport } from './compare.js';
import { viewListing } from './listing-view.js';
import type { RecallMatch, ScreeningResult } from './match-result.js';
import type { RecallIndex } from './recall-index.js';

export interface ScreenOptions {
  /** Overrides the algorithm's thresholds (a new object; the algorithm is never modified). */
  readonly thresholds?: Partial<Thresholds>;
  /** Most matches reported per listing; default 10. */
  readonly maxMatches?: number;
}

/**
 * Screens one listing against the index: candidates, then the algorithm's features on each. One match per
 * recall (its best product), best first; the listing's decision is its best match's, or `clear`.
 * @example screenListing(index, { id: 'l1', title: 'Anker PowerCore 10000 A1263' }).decision // 'block'
 */
export function screenListing(index: RecallIndex, listing: Listing, options: ScreenOptions = {}): ScreeningResult {
  const view = viewListing(listing, index.viewOptions);
  const candidates = index.candidates(view);
  if (candidates.length === 0) return cleared(listing.id);
  const thresholds = options.thresholds ? { ...index.algorithm.thresholds, ...options.thresholds } : index.algorithm.thresholds;
  // made on the first match: most listings with candidates have none
  let best: Map<string, RecallMatch> | undefined;
  for (const id of candidates) {
    const product = index.products[id];
    if (!product) continue;
    const result = compareToReport(view, product, index.algorithm, index.context, thresholds);
    if (result?.decision === undefined) continue;
    const recallId = product.recall.id;
    best ??= new Map();
    const previous = best.get(recallId);
    if (previous && previous.score >= result.score) continue;
    best.set(recallId, { recallId, productIndex: product.productIndex, score: result.score, decision: result.decision, features: [...result.features] });
  }
  if (best === undefined) return cleared(listing.id);
  const matches = [...best.values()].sort(byScoreThenId).slice(0, options.maxMatches ?? 10);
  return { listingId: listing.id, decision: matches[0]?.decision ?? 'clear', matches };
}

function cleared(listingId: string): ScreeningResult {
  return { listingId, decision: 'clear', matches: [] };
}

function byScoreThenId(a: RecallMatch, b: RecallMatch): number {
  return b.score - a.score || (a.recallId < b.recallId ? -1 : a.recallId > b.recallId ? 1 : a.productIndex - b.productIndex);
}
