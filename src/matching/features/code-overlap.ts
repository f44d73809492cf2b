import type { Feature } from '../algorithm.js';
import { affixCoverage } from './model-affix.js';
import { listingText, productText, type SideText } from './pair-text.js';

function foundIn(codes: readonly string[], other: SideText): string[] {
  return codes.filter((code) => other.compact.includes(code));
}

/**
 * Model-like codes found both ways: the share of the listing's codes written anywhere in the product's text
 * (name, model numbers, description; separators ignored), times the same share the other way round.
 * @example codesShared.compare(viewListing(listingOf('Sony DSC-W150 camera')), productNamed('Sony dscw150 black'), context)?.score // 1
 */
export const codesShared: Feature = {
  name: 'codes_shared',
  description: "Model-like codes (words of 4+ characters with a digit, model fields) found both ways: the share of the listing's codes that appear anywhere in the product's text times the share of the product's codes that appear in the listing's text, separators ignored. Silent when either side has no code or none is found.",
  compare(listing, product) {
    const listed = listingText(listing);
    const recalled = productText(product);
    if (listed.codes.length === 0 || recalled.codes.length === 0) return undefined;
    const there = foundIn(listed.codes, recalled);
    const back = foundIn(recalled.codes, listed);
    if (there.length === 0 && back.length === 0) return undefined;
    const score = (there.length / listed.codes.length) * (back.length / recalled.codes.length);
    if (score === 0) return undefined;
    return { score, detail: `codes found both ways: ${[...new Set([...there, ...back])].slice(0, 4).map((code) => `"${code}"`).join(', ')}` };
  },
};

/**
 * Negative evidence for two catalogue records: both carry model-like codes and none of either side's codes
 * appears in the other side's text, even as a prefix or suffix.
 * @example codeConflict.compare(viewListing(listingOf('Transcend TS4GSDHC6')), productNamed('Transcend TS8GSDHC6'), context)?.score // 1
 */
export const codeConflict: Feature = {
  name: 'code_conflict',
  description: "Negative evidence: both sides carry model-like codes and none of either side's codes appears in the other side's whole text (separators ignored), not even one code beginning or ending another.",
  compare(listing, product) {
    const listed = listingText(listing);
    const recalled = productText(product);
    if (listed.codes.length === 0 || recalled.codes.length === 0) return undefined;
    if (foundIn(listed.codes, recalled).length > 0 || foundIn(recalled.codes, listed).length > 0) return undefined;
    for (const a of listed.codes) for (const b of recalled.codes) if (affixCoverage(a, b) > 0) return undefined;
    return { score: 1, detail: `listing codes ${listed.codes.slice(0, 3).join(', ')}; product codes ${recalled.codes.slice(0, 3).join(', ')}` };
  },
};

const DIGIT_RUN = /\d{3,}/g;
const digitRunsOf = (codes: readonly string[]): Set<string> => new Set(codes.flatMap((code) => code.match(DIGIT_RUN) ?? []));

/**
 * The numeric core of a code is shared when the codes are written differently (`hp sj5590` and `scanjet 5590`,
 * `gub211w6` and `gub211`): some run of 3+ digits of the listing's codes is a run of digits in the product's
 * text, and no code matched whole.
 * @example codeDigitsShared.compare(viewListing(listingOf('scanner', { model: 'hp sj5590' })), productNamed('hp scanjet 5590'), context)?.score // 1
 */
export const codeDigitsShared: Feature = {
  name: 'code_digits_shared',
  description: "A run of three or more digits in the listing's model-like codes is also a run of digits in the product's text (hp sj5590 and scanjet 5590), when no whole code is shared.",
  compare(listing, product) {
    const listed = listingText(listing);
    const recalled = productText(product);
    if (listed.codes.length === 0 || foundIn(listed.codes, recalled).length > 0) return undefined;
    const runs = digitRunsOf(listed.codes);
    if (runs.size === 0) return undefined;
    const other = digitRunsOf([...recalled.tokens]);
    for (const run of runs) if (other.has(run)) return { score: 1, detail: `digits "${run}" of a listing code are in the product's text` };
    return undefined;
  },
};
