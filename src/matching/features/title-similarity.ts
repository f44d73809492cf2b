import type { Feature } from '../algorithm.js';

/** Shared rarity (sum of IDF) at which a name match is specific enough to count in full, capped for small indexes. */
const SPECIFIC_ENOUGH = 12;
const SPECIFIC_ENOUGH_IN_RAREST_TOKENS = 1.2;

export const titleSimilarity: Feature = {
  name: 'title_similarity',
  description: "How much of the recalled product's name the listing's title covers, each word weighted by its rarity among recalled products, scaled down when the shared words are common.",
  compare(listing, product, context) {
    if (product.nameTokens.length === 0) return undefined;
    let total = 0;
    let shared = 0;
    const sharedTokens: string[] = [];
    for (const token of product.nameTokens) {
      const weight = context.stats.idf(token);
      total += weight;
      if (listing.tokenSet.has(token)) {
        shared += weight;
        sharedTokens.push(token);
      }
    }
    if (shared === 0 || total === 0) return undefined;
    const coverage = shared / total;
    const enough = Math.min(SPECIFIC_ENOUGH, SPECIFIC_ENOUGH_IN_RAREST_TOKENS * context.stats.maxIdf);
    const specificity = Math.min(1, shared / enough);
    return { score: coverage * specificity, detail: `shares ${sharedTokens.map((token) => `"${token}"`).join(', ')} with "${product.name}"` };
  },
};
