import type { Feature, MatchContext } from '../algorithm.js';

function weightedNorm(tokens: Iterable<string>, context: MatchContext): number {
  let sum = 0;
  for (const token of tokens) sum += context.stats.idf(token) ** 2;
  return Math.sqrt(sum);
}

/**
 * Symmetric title similarity: the cosine of the listing's title words and the product's name words, each word
 * weighted by its rarity (IDF) among recalled products. Unlike `title_similarity` it also drops when the
 * listing carries many words the product lacks, which matters when both sides are listings (EM benchmarks).
 * @example tokenCosine.compare(viewListing(listingOf('qbit stroller')), product, index.context)?.score // ≈ 1 when the name is "Qbit stroller"
 */
export const tokenCosine: Feature = {
  name: 'token_cosine',
  description: "Cosine similarity of the listing's title words and the recalled product's name words, each weighted by its rarity (IDF) among recalled products; symmetric, so extra words on either side lower it.",
  compare(listing, product, context) {
    if (product.nameTokens.length === 0 || listing.titleTokens.length === 0) return undefined;
    const listingWords = new Set(listing.titleTokens);
    let dot = 0;
    const shared: string[] = [];
    for (const token of product.nameTokens) {
      if (!listingWords.has(token)) continue;
      dot += context.stats.idf(token) ** 2;
      shared.push(token);
    }
    if (dot === 0) return undefined;
    const score = dot / (weightedNorm(listingWords, context) * weightedNorm(product.nameTokens, context));
    return { score: Math.min(1, score), detail: `rarity-weighted cosine ${score.toFixed(2)} over ${shared.length} shared words` };
  },
};
