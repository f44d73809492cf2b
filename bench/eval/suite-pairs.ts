import { compare, getAlgorithm, viewListing, type Algorithm, type ListingView, type ProductView, type RecallIndex } from '../../src/matching/index.js';
import type { LabelledPair, ScoredLabel } from '../../src/matching/fitting/index.js';
import type { RecallGroups } from './recall-groups.js';
import type { SuiteCase } from './suite-case.js';

/** One suite listing with the products the full index proposes for it, each labelled. */
export interface ListingCandidates {
  readonly suiteCase: SuiteCase;
  readonly view: ListingView;
  readonly candidates: readonly { readonly product: ProductView; readonly label: 0 | 1 }[];
  /** A positive whose true recall no candidate belongs to: the product added for fitting only. */
  readonly missedTruth?: ProductView;
}

const EVERY_FEATURE = { review: 0, block: 0 } as const;

/** The product of the listing's true recall that rg-v1 finds closest: the one the listing most likely shows. */
function closestTrueProduct(index: RecallIndex, view: ListingView, recallIds: readonly string[]): ProductView | undefined {
  const reference = getAlgorithm('rg-v1');
  let best: { product: ProductView; score: number } | undefined;
  for (const recallId of recallIds) {
    for (let productIndex = 0; ; productIndex += 1) {
      const product = index.product(recallId, productIndex);
      if (!product) break;
      const score = compare(view, product, reference, index.context, EVERY_FEATURE).score;
      if (!best || score > best.score) best = { product, score };
    }
  }
  return best?.product;
}

/**
 * Every candidate the full index proposes for each listing, labelled 1 when its recall is in the listing's
 * true recall group; for a positive whose true recall was not proposed, the closest true product is kept
 * apart (`missedTruth`) so fitting can see it while evaluation keeps the real candidate path.
 * @example const listings = suiteCandidates(index, splits.train, groups);
 */
export function suiteCandidates(index: RecallIndex, cases: readonly SuiteCase[], groups: RecallGroups): ListingCandidates[] {
  return cases.map((suiteCase) => {
    const view = viewListing(suiteCase.listing);
    const truth = suiteCase.positive ? suiteCase.recallId : undefined;
    const candidates = index.candidates(view).map((id) => {
      const product = index.products[id] as ProductView;
      return { product, label: (truth !== undefined && groups.same(truth, product.recall.id) ? 1 : 0) as 0 | 1 };
    });
    if (truth === undefined || candidates.some((candidate) => candidate.label === 1)) return { suiteCase, view, candidates };
    const missedTruth = closestTrueProduct(index, view, groups.members(truth));
    return missedTruth ? { suiteCase, view, candidates, missedTruth } : { suiteCase, view, candidates };
  });
}

/**
 * The labelled pairs to fit on: every candidate, plus each missed true product.
 * @example fitAlgorithm({ ..., train: labelledPairs(suiteCandidates(index, splits.train, groups)) })
 */
export function labelledPairs(listings: readonly ListingCandidates[]): LabelledPair[] {
  const pairs: LabelledPair[] = [];
  for (const { view, candidates, missedTruth } of listings) {
    for (const { product, label } of candidates) pairs.push({ listing: view, product, label });
    if (missedTruth) pairs.push({ listing: view, product: missedTruth, label: 1 });
  }
  return pairs;
}

/**
 * Each listing's candidates scored in full by an algorithm (missed true products left out: this is the real
 * product path), for listing-level thresholds.
 * @example chooseListingThresholds(scoreCandidates(valid, algorithm, index));
 */
export function scoreCandidates(listings: readonly ListingCandidates[], algorithm: Algorithm, index: RecallIndex): ScoredLabel[][] {
  return listings.map(({ view, candidates }) =>
    candidates.map(({ product, label }) => ({ score: compare(view, product, algorithm, index.context, EVERY_FEATURE).score, label })),
  );
}
