import type { Feature } from '../algorithm.js';
import type { ListingView } from '../listing-view.js';
import type { ProductView } from '../product-view.js';
import { modelKey } from '../../normalize/index.js';
import { isOneEditApart } from './model-match.js';
import { listingText, productText, type SideText } from './pair-text.js';

const HAS_DIGIT = /\d/;
const DIGIT_RUN = /\d{3,}/g;

/** A model field's key when it reads like a model (4+ characters with a digit). */
function fieldKey(model: string | undefined): string | undefined {
  if (model === undefined) return undefined;
  const key = modelKey(model);
  return key.length >= 4 && HAS_DIGIT.test(key) ? key : undefined;
}

/** Each side's model field with the other side's text. */
function fieldsAgainstText(listing: ListingView, product: ProductView): readonly (readonly [string | undefined, SideText])[] {
  return [
    [fieldKey(listing.listing.model), productText(product)],
    [fieldKey(product.recall.products[product.productIndex]?.modelNumbers[0]), listingText(listing)],
  ];
}

const longestDigitRun = (key: string): string | undefined => (key.match(DIGIT_RUN) ?? []).sort((a, b) => b.length - a.length)[0];

/**
 * The longest run of 3+ digits of either side's model field is a run of digits in the other side's text, however
 * the rest is written (`pe222604` and `edgdm-222604-pe`).
 * @example modelFieldDigits.compare(viewListing(listingOf('edge 16gb card', { model: 'pe222604' })), productNamed('edge sdhc edgdm-222604-pe'), context)?.score // 1
 */
export const modelFieldDigits: Feature = {
  name: 'model_field_digits',
  description: "The longest run of three or more digits in either side's model field is also a run of digits in the other side's whole text (pe222604 and edgdm-222604-pe).",
  compare(listing, product) {
    for (const [key, other] of fieldsAgainstText(listing, product)) {
      const core = key === undefined ? undefined : longestDigitRun(key);
      if (core === undefined) continue;
      for (const token of other.tokens) if (token.match(DIGIT_RUN)?.includes(core)) return { score: 1, detail: `digits "${core}" of a model field are in the other side's text` };
    }
    return undefined;
  },
};

/**
 * Negative evidence: a side's model field is written nowhere in the other side's text, but a word of the same length
 * one character away is (`c8563a` against `hp c8560a black drum`): a sibling model.
 * @example modelFieldNearMiss.compare(viewListing(listingOf('hp drum unit', { model: 'c8563a' })), productNamed('hp c8560a black drum'), context)?.score // 1
 */
export const modelFieldNearMiss: Feature = {
  name: 'model_field_near_miss',
  description: "Negative evidence: either side's model field does not appear in the other side's text, while a code or word with a digit of the same length, one character different, does (c8563a against c8560a).",
  compare(listing, product) {
    for (const [key, other] of fieldsAgainstText(listing, product)) {
      if (key === undefined || other.compact.includes(key)) continue;
      const near = [...other.codes, ...other.tokens].find((word) => word.length === key.length && HAS_DIGIT.test(word) && isOneEditApart(word, key));
      if (near !== undefined) return { score: 1, detail: `model field "${key}" is one character from "${near}"` };
    }
    return undefined;
  },
};
