import type { Feature } from '../algorithm.js';
import type { ListingView } from '../listing-view.js';
import type { ProductView } from '../product-view.js';
import { listingText, productText } from './pair-text.js';

const wordCache = new WeakMap<ListingView | ProductView, readonly string[]>();

/** Every word of a title in order, stop words included: runs of words are compared as written. */
function wordsOf(key: ListingView | ProductView, title: string): readonly string[] {
  let words = wordCache.get(key);
  if (words === undefined) {
    words = title.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
    wordCache.set(key, words);
  }
  return words;
}

const titleWords = (listing: ListingView, product: ProductView): [readonly string[], readonly string[]] =>
  [wordsOf(listing, listingText(listing).title), wordsOf(product, productText(product).title)];

/**
 * The longest run of consecutive words the two titles share, as a share of the shorter title's words: a product
 * name carried whole inside a longer catalogue title scores 1.
 * @example longestCommonRun.compare(viewListing(listingOf('hoyle card games 2007')), productNamed('encore 10565 hoyle card games 2007 win xp'), context)?.score // 1
 */
export const longestCommonRun: Feature = {
  name: 'longest_common_run',
  description: "The longest run of consecutive words both titles share, divided by the number of words of the shorter title.",
  compare(listing, product) {
    const [a, b] = titleWords(listing, product);
    let best = 0;
    let at = 0;
    for (let i = 0; i < a.length; i += 1) {
      for (let j = 0; j < b.length; j += 1) {
        let run = 0;
        while (i + run < a.length && j + run < b.length && a[i + run] === b[j + run]) run += 1;
        if (run > best) [best, at] = [run, i];
      }
    }
    if (best === 0) return undefined;
    return { score: best / Math.min(a.length, b.length), detail: `both titles say "${a.slice(at, at + best).join(' ')}"` };
  },
};

/**
 * The shorter title's word count over the longer's: catalogue records of one product tend to be written at
 * similar length, a short title against a long one is more often a different product or a bundle.
 * @example titleLengthRatio.compare(viewListing(listingOf('hoyle card games')), productNamed('hoyle card games for pc'), context)?.score // 0.6
 */
export const titleLengthRatio: Feature = {
  name: 'title_length_ratio',
  description: "The shorter title's word count divided by the longer title's (listing title against product name).",
  compare(listing, product) {
    const [a, b] = titleWords(listing, product);
    if (a.length === 0 || b.length === 0) return undefined;
    return { score: Math.min(a.length, b.length) / Math.max(a.length, b.length), detail: `${a.length} words against ${b.length}` };
  },
};
