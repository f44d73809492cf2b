import type { Listing } from '../listings/index.js';
import type { RecallIndex, ScreeningResult } from '../matching/index.js';

/**
 * A readable breakdown of a screening result: each match with its product and every feature that fired.
 * @example console.log(formatExplanation(listing, screenListing(index, listing), index));
 */
export function formatExplanation(listing: Listing, result: ScreeningResult, index: RecallIndex): string {
  const lines = [`listing ${listing.id}: "${listing.title}"`, `decision: ${result.decision}`];
  if (result.matches.length === 0) {
    lines.push(`no recall scored at or above review (${index.algorithm.thresholds.review}) with ${index.algorithm.name}`);
  }
  for (const match of result.matches) {
    const recall = index.product(match.recallId, match.productIndex);
    lines.push('', `${match.decision.toUpperCase()} ${match.score.toFixed(3)}  ${match.recallId}${recall ? `  ${recall.recall.title}` : ''}`);
    if (recall) lines.push(`  recalled product: ${recall.name}${recall.recall.url ? `  <${recall.recall.url}>` : ''}`);
    for (const feature of match.features) {
      const sign = feature.score >= 0 ? '+' : '-';
      lines.push(`  ${sign}${Math.abs(feature.score).toFixed(3)}  ${feature.name.padEnd(17)} ${feature.detail}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
