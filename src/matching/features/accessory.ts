import { foldText, modelKey } from '../../normalize/index.js';
import type { Feature } from '../algorithm.js';
import type { ListingView } from '../listing-view.js';
import type { ProductView } from '../product-view.js';

function phraseNamesProduct(phrase: string, product: ProductView): boolean {
  const compact = modelKey(phrase);
  for (const key of product.modelKeys) if (key.length >= 3 && compact.includes(key)) return true;
  const spaceless = phrase.replace(/\s+/g, '');
  for (const key of product.brands.keys()) if (key.length >= 3 && spaceless.includes(key)) return true;
  return product.nameTokens.filter((token) => token.length >= 4 && phrase.includes(token)).length >= 2;
}

const OWN_WORDS = 1;
const MIN_OWN_WORD = 3;
const MARKERS = ['for', 'with', 'fits', '适用于', '兼容'];

/**
 * "SONOMA Goods For Life", "Crampons (used for ice climbing)": the recalled name itself has the listing's marker
 * and the phrase's first words, so the phrase is the product's own name, not what it is for.
 */
function isOwnWording(phrase: string, listing: ListingView, product: ProductView): boolean {
  const head = phrase.split(/\s+/).slice(0, OWN_WORDS).join(' ');
  if (head.length < MIN_OWN_WORD) return false;
  const title = foldText(listing.listing.title).replace(/\s+/g, ' ');
  const name = foldText(product.name).replace(/\s+/g, ' ');
  return MARKERS.some((marker) => {
    const wording = marker.length > 3 ? `${marker}${head}` : `${marker} ${head}`;
    return title.includes(wording) && name.includes(wording);
  });
}

/** rg-v1 reads any compatibility phrase as an accessory; later versions check the product's own name first. */
export interface AccessoryOptions {
  /** Skip a phrase that is the recalled product's own wording, and any listing sharing the product's barcode. */
  readonly ownWording: boolean;
}

function accessoryOf(options: AccessoryOptions): Feature {
  return {
    name: 'accessory',
    description: options.ownWording
      ? 'Negative evidence: the listing sells something for the recalled product ("case for", "compatible with", "replacement", 适用于, 兼容) rather than the product itself; wording that is in the recalled product\'s own name ("Goods For Life") or a shared barcode overrules it.'
      : 'Negative evidence: the listing sells something for the recalled product ("case for", "compatible with", "replacement", 适用于, 兼容) rather than the product itself.',
    compare(listing: ListingView, product: ProductView) {
      if (options.ownWording && listing.gtins.some((gtin) => product.gtins.has(gtin))) return undefined;
      const phrase = listing.accessory.compatibilityPhrases.find(
        (candidate) => phraseNamesProduct(candidate, product) && !(options.ownWording && isOwnWording(candidate, listing, product)),
      );
      if (phrase !== undefined) return { score: 1, detail: `listing is for "${phrase}"` };
      const noun = listing.accessory.accessoryNoun;
      if (noun === undefined || product.name.toLowerCase().includes(noun)) return undefined;
      return { score: 0.7, detail: `listing sells a "${noun}", the recall is of "${product.name}"` };
    },
  };
}

/** rg-v1's accessory feature. */
export const accessory = accessoryOf({ ownWording: false });

/** The accessory feature that first checks the recalled product's own wording and barcode. */
export const accessoryUnlessOwnWording = accessoryOf({ ownWording: true });
