import type { Feature } from '../algorithm.js';

export const productType: Feature = {
  name: 'product_type',
  description: "The recalled product's type (e.g. power bank) appears in the listing's title or category.",
  compare(listing, product) {
    if (product.typeTokens.length === 0) return undefined;
    for (const token of product.typeTokens) if (!listing.hasToken(token)) return undefined;
    return { score: 1, detail: `listing is a "${product.typeTokens.join(' ')}" like the recalled product` };
  },
};
