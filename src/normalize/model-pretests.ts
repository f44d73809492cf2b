import { isLetterCode, isWordCode } from './ascii-scan.js';

/** String methods called through `String.prototype`, as hot code must: see ascii-scan.ts. */
const { charCodeAt, slice } = String.prototype;

/**
 * Cheap necessary conditions for the costlier scans of the model-number extractor: each answers false only
 * when the scan it guards cannot find anything, and "maybe" (true) otherwise.
 */

/** Words that introduce a model number on their own ("model 8361", "item 5502", "SKU 1120"). */
export const KEYWORDS: ReadonlySet<string> = new Set(['model', 'models', 'mod', 'item', 'items', 'sku', 'skus']);
/** Words that introduce one only when followed by "no."/"number"/"#" ("style number BM02545"). */
export const QUALIFIED_KEYWORDS: ReadonlySet<string> = new Set(['style', 'part', 'art', 'ref', 'cat', 'catalog', 'type',
  'product']);
export const NUMBER_WORDS: ReadonlySet<string> = new Set(['no', 'nos', 'nr', 'num', 'number', 'numbers']);
/** The words one of which stands right before the first value after a keyword. */
const INTRODUCERS: ReadonlySet<string> = new Set([...KEYWORDS, ...QUALIFIED_KEYWORDS, ...NUMBER_WORDS]);
const SHORTEST_INTRODUCER = 2;
const LONGEST_INTRODUCER = 7;
/** Bit n set when some introducer starts (ends) with the n-th letter of the alphabet. */
const FIRST_LETTERS = letterBits([...INTRODUCERS].map((word) => charCodeAt.call(word, 0)));
const LAST_LETTERS = letterBits([...INTRODUCERS].map((word) => charCodeAt.call(word, word.length - 1)));

function letterBits(lowerCodes: readonly number[]): number {
  return lowerCodes.reduce((bits, code) => bits | (1 << (code - 97)), 0);
}

/** Whether an ASCII letter (nothing else), case aside, is one of `bits`. */
function hasLetterBit(bits: number, code: number): boolean {
  return ((bits >> ((code | 32) - 97)) & 1) === 1;
}

/** What may sit between a keyword, its "no." and the value, in ASCII text: `[\s.:#=()-]`. */
function isKeywordGapCode(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 46 || code === 58 || code === 35 || code === 61
    || code === 40 || code === 41 || code === 45;
}

/**
 * Whether the token starting at `start` of ASCII text may be the first value after a keyword: only keyword
 * gap characters separate it from a word that is a keyword, "no" or "number" (a keyword's token is all
 * letters, so it is the whole run of letters before the gap).
 * @example followsIntroducer('Model No. 8361', 10) // true
 * @example followsIntroducer('Power Bank 8361', 11) // false
 */
export function followsIntroducer(text: string, start: number): boolean {
  let end = start;
  while (end > 0 && isKeywordGapCode(charCodeAt.call(text, end - 1))) end--;
  const last = charCodeAt.call(text, end - 1);
  if (!isLetterCode(last) || !hasLetterBit(LAST_LETTERS, last)) return false;
  let begin = end - 1;
  while (begin > 0 && isLetterCode(charCodeAt.call(text, begin - 1))) begin--;
  const length = end - begin;
  return length >= SHORTEST_INTRODUCER && length <= LONGEST_INTRODUCER
    && hasLetterBit(FIRST_LETTERS, charCodeAt.call(text, begin))
    && INTRODUCERS.has(slice.call(text, begin, end).toLowerCase());
}

/**
 * Whether the one-character token at `start` may belong to three or more single characters one space apart
 * ("A 1 2 6 3"): a single character stands one space before or after it.
 * @example isSpacedSingle('A 1 2 6 3', 2) // true
 * @example isSpacedSingle('Air Fryer 6 qt', 10) // false
 */
export function isSpacedSingle(text: string, start: number): boolean {
  return (charCodeAt.call(text, start - 1) === 32 && isWordCode(charCodeAt.call(text, start - 2)) && !isWordCode(charCodeAt.call(text, start - 3)))
    || (charCodeAt.call(text, start + 1) === 32 && isWordCode(charCodeAt.call(text, start + 2)) && !isWordCode(charCodeAt.call(text, start + 3)));
}
