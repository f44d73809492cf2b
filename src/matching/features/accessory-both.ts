import { foldText } from '../../normalize/index.js';
import type { Feature } from '../algorithm.js';
import { accessoryContext, type AccessoryContext } from '../listing-wording.js';
import type { ProductView } from '../product-view.js';

const productWording = new WeakMap<ProductView, AccessoryContext>();

function wordingOf(product: ProductView): AccessoryContext {
  let wording = productWording.get(product);
  if (wording === undefined) {
    wording = accessoryContext(foldText(product.name));
    productWording.set(product, wording);
  }
  return wording;
}

const isAccessory = (wording: AccessoryContext): boolean => wording.compatibilityPhrases.length > 0 || wording.accessoryNoun !== undefined;

/**
 * Both sides are worded as accessories (`case for iphone 3g` against `toughskin case for iphone`): the
 * counterweight to `accessory` when the product compared is itself an accessory.
 * @example accessoryBoth.compare(viewListing(listingOf('speck case for iphone 3g')), productNamed('speck toughskin case for iphone'), context)?.score // 1
 */
export const accessoryBoth: Feature = {
  name: 'accessory_both',
  description: 'Both the listing and the product are worded as accessories ("case for", "compatible with", an accessory noun such as case, charger or screen protector): accessory wording then says nothing against a match.',
  compare(listing, product) {
    if (!isAccessory(listing.accessory)) return undefined;
    const wording = wordingOf(product);
    if (!isAccessory(wording)) return undefined;
    const said = wording.compatibilityPhrases[0] ?? wording.accessoryNoun ?? '';
    return { score: 1, detail: `the product is an accessory too ("${said}")` };
  },
};
