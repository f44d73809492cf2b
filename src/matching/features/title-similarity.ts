import type { Feature } from '../algorithm.js';

/** Shared rarity (sum of IDF) at which a name match is specific enough to count in full, capped for small indexes. */
const SPECIFIC_ENOUGH = 12;
const SPECIFIC_ENOUGH_IN_RAREST_TOKENS = 1.2;
/** A name match made only of type words (cordless drill, chest of drawers) counts this much. */
const GENERIC_ONLY_FACTOR = 0.55;

export const titleSimilarity: Feature = {
  name: 'title_similarity',
  description: "How much of the recalled product's name the listing's title covers, each word weighted by its rarity among recalled products; scaled down when the shared words are few or common, and further when none of them is a product-line name.",
  compare(listing, product, context) {
    if (product.nameTokens.length === 0) return undefined;
    let total = 0;
    let shared = 0;
    let distinctive = false;
    const sharedTokens: string[] = [];
    const idfs = context.nameIdfs(product);
    for (let i = 0; i < product.nameTokens.length; i += 1) {
      const token = product.nameTokens[i] as string;
      const weight = idfs[i] as number;
      total += weight;
      if (listing.hasToken(token)) {
        shared += weight;
        sharedTokens.push(token);
        if (context.stats.isDistinctiveIdf(weight)) distinctive = true;
      }
    }
    if (shared === 0 || total === 0) return undefined;
    const coverage = shared / total;
    const enough = Math.min(SPECIFIC_ENOUGH, SPECIFIC_ENOUGH_IN_RAREST_TOKENS * context.stats.maxIdf);
    const specificity = Math.min(1, shared / enough) * (distinctive ? 1 : GENERIC_ONLY_FACTOR);
    const kind = distinctive ? '' : ' (type words only)';
    return { score: coverage * specificity, detail: `shares ${sharedTokens.map((token) => `"${token}"`).join(', ')} with "${product.name}"${kind}` };
  },
};
