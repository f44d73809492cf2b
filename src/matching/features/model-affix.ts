import type { Feature } from '../algorithm.js';
import { listingText, productText } from './pair-text.js';

const MIN_SHARED = 4;
const HAS_DIGIT = /\d/;

/** How much of the longer code the shorter one covers when one begins or ends the other, else 0. */
export function affixCoverage(a: string, b: string): number {
  if (a === b) return 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < MIN_SHARED || !HAS_DIGIT.test(short)) return 0;
  return long.startsWith(short) || long.endsWith(short) ? short.length / long.length : 0;
}

/**
 * Suffix- and prefix-tolerant model comparison in both directions: a code of one side begins or ends a code
 * of the other (`dmctz5s` and `dmc-tz5`, `vgncs180jr` and `vgn-cs180j`). Scored by the share of the longer
 * code the shorter covers, so a one-letter colour suffix scores near 1 and a bare series prefix less.
 * @example modelAffix.compare(viewListing(listingOf('Lumix DMCTZ5S')), productNamed('Lumix DMC-TZ5'), context)?.score // 6 / 7
 */
export const modelAffix: Feature = {
  name: 'model_affix',
  description: "A model-like code of one side (its model field or a title word with a digit) begins or ends a code of the other side, either side being the longer (dmctz5s and dmc-tz5); scored by the share of the longer code the shorter one covers. Silent when the codes are equal.",
  compare(listing, product) {
    const listed = listingText(listing).codes;
    const recalled = productText(product).codes;
    let best = 0;
    let pair: [string, string] = ['', ''];
    for (const a of listed) {
      for (const b of recalled) {
        const coverage = affixCoverage(a, b);
        if (coverage > best) {
          best = coverage;
          pair = [a, b];
        }
      }
    }
    if (best === 0) return undefined;
    return { score: best, detail: `listing code "${pair[0]}" and recalled code "${pair[1]}" differ only by a prefix or suffix` };
  },
};
