import type { Feature } from '../algorithm.js';
import { listingText, productText } from './pair-text.js';

const MIN_SHARED = 4;
const HAS_DIGIT = /\d/;

/** How much of the longer code the shorter one covers when one begins or ends the other, else 0. */
export function affixCoverage(a: string, b: string): number {
  return affixOf(a, b)?.coverage ?? 0;
}

/** The part one code adds to the other when one begins or ends the other, and the share the shorter covers. */
function affixOf(a: string, b: string): { readonly extra: string; readonly coverage: number } | undefined {
  if (a === b) return undefined;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < MIN_SHARED || !HAS_DIGIT.test(short)) return undefined;
  if (long.startsWith(short)) return { extra: long.slice(short.length), coverage: short.length / long.length };
  if (long.endsWith(short)) return { extra: long.slice(0, long.length - short.length), coverage: short.length / long.length };
  return undefined;
}

/** A feature over the best affix pair whose added part has digits (`withDigits`) or has none. */
function affixFeature(name: string, withDigits: boolean, description: string): Feature {
  return {
    name,
    description,
    compare(listing, product) {
      let best = 0;
      let pair: [string, string] = ['', ''];
      for (const a of listingText(listing).codes) {
        for (const b of productText(product).codes) {
          const affix = affixOf(a, b);
          if (affix && HAS_DIGIT.test(affix.extra) === withDigits && affix.coverage > best) {
            best = affix.coverage;
            pair = [a, b];
          }
        }
      }
      if (best === 0) return undefined;
      return { score: best, detail: `listing code "${pair[0]}" and recalled code "${pair[1]}" differ only by a ${withDigits ? 'numbered' : 'lettered'} prefix or suffix` };
    },
  };
}

/**
 * Suffix- and prefix-tolerant model comparison in both directions: a code of one side begins or ends a code
 * of the other (`dmctz5s` and `dmc-tz5`, `vgncs180jr` and `vgn-cs180j`). Scored by the share of the longer
 * code the shorter covers, so a one-letter colour suffix scores near 1 and a bare series prefix less.
 * @example modelAffix.compare(viewListing(listingOf('Lumix DMCTZ5S')), productNamed('Lumix DMC-TZ5'), context)?.score // 6 / 7
 */
export const modelAffix = affixFeature(
  'model_affix',
  false,
  "A model-like code of one side (its model field or a title word with a digit) begins or ends a code of the other side, either side being the longer, and the extra part is letters only (dmctz5s and dmc-tz5: a colour or region suffix); scored by the share of the longer code the shorter one covers. Silent when the codes are equal.",
);

/**
 * Like `model_affix`, but the extra part carries a digit (`hdmimm1` and `hdmimm10`): more often another size or
 * model of the same series, so the fit weighs it on its own.
 * @example modelAffixDigits.compare(viewListing(listingOf('StarTech HDMIMM1')), productNamed('StarTech HDMIMM10'), context)?.score // 7 / 8
 */
export const modelAffixDigits = affixFeature(
  'model_affix_digits',
  true,
  'A model-like code of one side begins or ends a code of the other side and the extra part contains a digit (hdmimm1 and hdmimm10: often another size or model of the series); scored by the share of the longer code the shorter one covers.',
);
