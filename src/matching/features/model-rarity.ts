import type { Feature } from '../algorithm.js';

/**
 * Term-frequency adjustment of a model-number match: 1 / (number of recall products carrying the model key),
 * so a model number unique to one product counts in full and one shared by five counts a fifth.
 * @example modelRarity.compare(viewListing(listingOf('Anker A1263')), product, index.context)?.score // 1 when only this product lists A1263
 */
export const modelRarity: Feature = {
  name: 'model_rarity',
  description: 'A model number in the listing equals a recalled model number, weighted by its rarity: 1 divided by how many recalled products list that model number.',
  compare(listing, product, context) {
    let best = 0;
    let bestKey = '';
    const consider = (key: string): void => {
      if (!product.modelKeys.has(key)) return;
      const score = 1 / Math.max(1, context.modelFrequency(key));
      if (score > best) {
        best = score;
        bestKey = key;
      }
    };
    for (const mention of listing.models) consider(mention.key);
    for (const number of listing.numbers) consider(number);
    if (best === 0) return undefined;
    return { score: best, detail: `model "${bestKey}" is listed by ${Math.round(1 / best)} recalled product(s)` };
  },
};
