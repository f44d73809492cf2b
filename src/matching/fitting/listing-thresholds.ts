import { chooseThresholds, type ScoredLabel, type ThresholdTargets } from './choose-thresholds.js';

/**
 * Listing-level labels: a listing scores its best candidate's score, and counts as positive only when that
 * best candidate is right. On a tie the wrong candidate wins (screening reports one decision per listing, and a
 * tie gives no reason to trust the right one). A listing without candidates scores 0 and is negative.
 * @example bestCandidateLabels([[{ score: 0.9, label: 0 }, { score: 0.4, label: 1 }]]) // [{ score: 0.9, label: 0 }]
 */
export function bestCandidateLabels(listings: readonly (readonly ScoredLabel[])[]): ScoredLabel[] {
  return listings.map((candidates) => {
    let best: ScoredLabel = { score: 0, label: 0 };
    let seen = false;
    for (const candidate of candidates) {
      if (!seen || candidate.score > best.score || (candidate.score === best.score && candidate.label === 0)) best = candidate;
      seen = true;
    }
    return { score: best.score, label: best.label };
  });
}

/**
 * {@link chooseThresholds} on listings rather than pairs: `block` where the listings decided block are right
 * often enough, `review` where enough of the rightly-ranked listings still reach it.
 * @example chooseListingThresholds(validListings, { blockPrecision: 0.98, reviewRecall: 0.98 }).block
 */
export function chooseListingThresholds(
  listings: readonly (readonly ScoredLabel[])[],
  targets: ThresholdTargets = {},
): ReturnType<typeof chooseThresholds> {
  return chooseThresholds(bestCandidateLabels(listings), targets);
}
