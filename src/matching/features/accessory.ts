import { modelKey } from '../../normalize/index.js';
import type { Feature } from '../algorithm.js';
import type { ProductView } from '../product-view.js';

function phraseNamesProduct(phrase: string, product: ProductView): boolean {
  const compact = modelKey(phrase);
  for (const key of product.modelKeys) if (key.length >= 3 && compact.includes(key)) return true;
  const spaceless = phrase.replace(/\s+/g, '');
  for (const key of product.brands.keys()) if (key.length >= 3 && spaceless.includes(key)) return true;
  return product.nameTokens.filter((token) => token.length >= 4 && phrase.includes(token)).length >= 2;
}

export const accessory: Feature = {
  name: 'accessory',
  description: 'Negative evidence: the listing sells something for the recalled product ("case for", "compatible with", "replacement", 适用于, 兼容) rather than the product itself.',
  compare(listing, product) {
    const phrase = listing.accessory.compatibilityPhrases.find((candidate) => phraseNamesProduct(candidate, product));
    if (phrase !== undefined) return { score: 1, detail: `listing is for "${phrase}"` };
    const noun = listing.accessory.accessoryNoun;
    if (noun === undefined || product.name.toLowerCase().includes(noun)) return undefined;
    return { score: 0.7, detail: `listing sells a "${noun}", the recall is of "${product.name}"` };
  },
};
