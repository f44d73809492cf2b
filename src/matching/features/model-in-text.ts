import { modelKey } from '../../normalize/index.js';
import type { Feature } from '../algorithm.js';
import type { ProductView } from '../product-view.js';

/** Shorter keys (a4, 3g) occur inside ordinary words too often to count. */
const MIN_KEY = 4;
const HAS_DIGIT = /\d/;
const HAS_LETTER = /[a-z]/;
const compactNames = new WeakMap<ProductView, string>();

function compactName(product: ProductView): string {
  let compact = compactNames.get(product);
  if (compact === undefined) {
    compact = modelKey(product.name);
    compactNames.set(product, compact);
  }
  return compact;
}

const usable = (key: string): boolean => key.length >= MIN_KEY && HAS_DIGIT.test(key) && HAS_LETTER.test(key);

/**
 * A model number of one side written in the other side's text: the listing's model inside the recalled
 * product's name, or a recalled model inside the listing's title (both compared as model keys, separators
 * removed). Catches records whose model sits in the name rather than a model field.
 * @example modelInText.compare(viewListing(listingOf('Nikon S550 camera')), productNamed('Nikon Coolpix S550 Digital Camera'), context)?.score // 1
 */
export const modelInText: Feature = {
  name: 'model_in_text',
  description: "A model number of one side appears in the other side's text: the listing's model number inside the recalled product's name, or a recalled model number inside the listing's title (separators ignored).",
  compare(listing, product) {
    const name = compactName(product);
    for (const mention of listing.models) {
      if (usable(mention.key) && name.includes(mention.key)) return { score: 1, detail: `listing model "${mention.display}" is in the recalled name "${product.name}"` };
    }
    if (product.models.length === 0) return undefined;
    const title = listing.compactTitle;
    for (const model of product.models) {
      if (usable(model.key) && title.includes(model.key)) return { score: 1, detail: `recalled model "${model.display}" is in the listing's title` };
    }
    return undefined;
  },
};
