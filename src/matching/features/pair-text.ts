import { foldText, modelKey, tokenize } from '../../normalize/index.js';
import type { ListingView } from '../listing-view.js';
import type { ProductView } from '../product-view.js';

/** One side's whole text (title or name, model field, description) prepared for the EM-oriented features. */
export interface SideText {
  /** Folded title (or product name) alone. */
  readonly title: string;
  /** Unique tokens of title, model field and description. */
  readonly tokens: ReadonlySet<string>;
  /** Every token of the whole text joined without separators, to find a code written with or without them. */
  readonly compact: string;
  /** Model-like codes: tokens with 4+ characters and a digit (or 4+ digits), plus the model fields' keys. */
  readonly codes: readonly string[];
}

/** Descriptions run to pages on some sources; the first part carries the identifiers. */
const DESCRIPTION_CHARS = 1000;
const HAS_DIGIT = /\d/;
const listingTexts = new WeakMap<ListingView, SideText>();
const productTexts = new WeakMap<ProductView, SideText>();

function sideText(title: string, description: string | undefined, modelKeys: readonly string[]): SideText {
  const folded = foldText(title);
  const words = tokenize(`${title} ${description ? description.slice(0, DESCRIPTION_CHARS) : ''}`);
  const codes = new Set<string>();
  for (const key of modelKeys) if (key.length >= 4 && HAS_DIGIT.test(key)) codes.add(key);
  for (const word of tokenize(title)) if (word.length >= 4 && HAS_DIGIT.test(word)) codes.add(modelKey(word));
  return { title: folded, tokens: new Set([...words, ...modelKeys]), compact: `${modelKeys.join(' ')} ${words.join('')}`, codes: [...codes] };
}

/**
 * The listing's whole text: title, model field and description (first 1,000 characters). Computed once per view.
 * @example listingText(viewListing(listingOf('Sony DSC-W150 camera'))).codes // ['dscw150']
 */
export function listingText(listing: ListingView): SideText {
  let text = listingTexts.get(listing);
  if (text === undefined) {
    text = sideText(listing.listing.title, listing.listing.description, listing.models.map((mention) => mention.key));
    listingTexts.set(listing, text);
  }
  return text;
}

/**
 * The recalled product's whole text: name, model numbers and description. Computed once per product.
 * @example productText(index.products[0]).title // 'sony cyber-shot dsc-w150 digital camera'
 */
export function productText(product: ProductView): SideText {
  let text = productTexts.get(product);
  if (text === undefined) {
    const description = product.recall.products[product.productIndex]?.description;
    text = sideText(product.name, description, product.models.map((model) => model.key));
    productTexts.set(product, text);
  }
  return text;
}
