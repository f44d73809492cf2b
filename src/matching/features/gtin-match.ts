import type { Feature } from '../algorithm.js';

/** The listing carries a barcode (GTIN/UPC/EAN, in its `gtins` or its text) that the recall published. */
export const gtinMatch: Feature = {
  name: 'gtin_match',
  description: 'The listing carries a barcode (GTIN, UPC or EAN) that the recall lists, compared as GTIN-14.',
  compare(listing, product) {
    for (const gtin of listing.gtins) {
      if (product.gtins.has(gtin)) return { score: 1, detail: `barcode ${gtin} is on the recall` };
    }
    return undefined;
  },
};
