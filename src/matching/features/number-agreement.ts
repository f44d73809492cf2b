import type { Feature } from '../algorithm.js';

const HAS_DIGIT = /\d/;

/**
 * Numeric-token agreement: the share of the recalled name's tokens that contain a digit (sizes, capacities,
 * series, years) which the listing repeats exactly. The positive counterpart of `number_conflict`.
 * @example numberAgreement.compare(viewListing(listingOf('PowerCore 10000 bank')), productNamed('PowerCore 10000'), context)?.score // 1
 */
export const numberAgreement: Feature = {
  name: 'number_agreement',
  description: "The share of the recalled product name's tokens that contain a digit (10000mah, 65w, 2007, s550) that the listing's title repeats exactly.",
  compare(listing, product) {
    let total = 0;
    const shared: string[] = [];
    for (const token of product.nameTokens) {
      if (!HAS_DIGIT.test(token)) continue;
      total += 1;
      if (listing.hasToken(token)) shared.push(token);
    }
    if (shared.length === 0) return undefined;
    return { score: shared.length / total, detail: `listing repeats ${shared.map((token) => `"${token}"`).join(', ')} of ${total} numeric name token(s)` };
  },
};
