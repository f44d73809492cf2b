import { digitRuns } from './digit-runs.js';
import { foldWidth } from './unicode.js';
import { gtinCandidates } from './gtin-check.js';

/** String methods called through `String.prototype`, as hot code must: see ascii-scan.ts. */
const charCodeAt = String.prototype.charCodeAt;

export { gtinCheckDigit, normalizeGtin, gtinCandidates, unreadableBarcode } from './gtin-check.js';

/** A barcode keyword; the optional suffix covers UPC-A, EAN-13, GTIN-14 and plurals. */
const KEYWORD_RE = /\b(?:upc|ean|gtin|jan|bar ?code)(?:-?(?:a|e|8|12|13|14))?s?\b|条形码|条码|條形碼|條碼/gi;
/** How far after a keyword the first digit may sit ("UPC codes printed on the box: 0 1234..."). */
const KEYWORD_WINDOW = 32;
/** A printed number: digit groups joined by single spaces, dashes or dots. */
const GROUPED_NUMBER_RE = /\d+(?:[ \-.]\d+)*/y;
/** Between two numbers of a list: commas, semicolons, slashes, "and", "or". */
const LIST_SEPARATOR_RE = /\s*(?:[,;/&]\s*(?:and\b|or\b)?|\band\b|\bor\b)\s*/iy;
/** A bare 12-14 digit run, not glued to other letters or digits. */
const BARE_RUN_RE = /(?<![A-Za-z0-9])\d{12,14}(?![A-Za-z0-9])/g;
/** Every reading takes eight digits or more of the text (an 8-digit code, or prefix and suffix together). */
const MIN_DIGITS = 8;
/** Every reading takes a run of four digits or more (the printed groups of a code, or a prefix). */
const MIN_LONGEST_RUN = 4;
/** CPSC's shorthand for a family of codes: "UPC numbers beginning with 619120036 and ending with 204, 211 or 457". */
const PREFIX_SUFFIX_RE =
  /\D{0,32}?\b(?:begin(?:ning|s)?|start(?:ing|s)?)\s+with\s+(\d{4,13})\s*,?\s*and\s+end(?:ing|s)?\s+(?:with|in)\s+(\d{1,10}(?:(?:\s*[,;]\s*|\s+)(?:(?:and|or)\s+)?\d{1,10})*)/iy;

interface Found {
  readonly at: number;
  readonly gtins: readonly string[];
}

/** Lengths a keyword-introduced number may have: no bare 6/7-digit UPC-E cores, too easily something else. */
function keywordReadings(digits: string): string[] {
  return digits.length === 8 || digits.length >= 11 ? gtinCandidates(digits) : [];
}

/**
 * Splits one printed number into codes: a group that is already a whole 12-14 digit code stands alone,
 * otherwise consecutive groups are joined into the longest run that reads as a GTIN.
 */
function codesInGroups(groups: readonly string[], at: number, found: Found[]): void {
  let i = 0;
  while (i < groups.length) {
    const first = groups[i] ?? '';
    if (first.length >= 12) {
      const alone = keywordReadings(first);
      if (alone.length > 0) {
        found.push({ at, gtins: alone });
        i += 1;
        continue;
      }
    }
    let bestEnd = -1;
    let best: string[] = [];
    let joined = '';
    for (let j = i; j < groups.length && joined.length < 14; j++) {
      joined += groups[j];
      const readings = joined.length <= 14 ? keywordReadings(joined) : [];
      if (readings.length > 0) {
        bestEnd = j;
        best = readings;
      }
    }
    if (bestEnd < 0) {
      i += 1;
      continue;
    }
    found.push({ at, gtins: best });
    i = bestEnd + 1;
  }
}

/** Expands "beginning with P and ending with S1, S2" into P+S1, P+S2; false when that wording is absent. */
function expandPrefixSuffix(text: string, from: number, found: Found[]): boolean {
  PREFIX_SUFFIX_RE.lastIndex = from;
  const m = PREFIX_SUFFIX_RE.exec(text);
  if (m === null) return false;
  const prefix = m[1] ?? '';
  const at = m.index + m[0].indexOf(prefix);
  let any = false;
  for (const suffix of (m[2] ?? '').match(/\d+/g) ?? []) {
    const gtins = keywordReadings(`${prefix}${suffix}`);
    if (gtins.length > 0) {
      found.push({ at, gtins });
      any = true;
    }
  }
  return any;
}

function scanAfterKeyword(text: string, from: number, found: Found[]): void {
  if (expandPrefixSuffix(text, from, found)) return;
  let pos = from;
  const limit = Math.min(text.length, from + KEYWORD_WINDOW);
  while (pos < limit && (charCodeAt.call(text, pos) < 48 || charCodeAt.call(text, pos) > 57)) pos++;
  if (pos >= limit) return;
  for (;;) {
    GROUPED_NUMBER_RE.lastIndex = pos;
    const number = GROUPED_NUMBER_RE.exec(text);
    if (number === null) return;
    codesInGroups(number[0].split(/[ \-.]/), number.index, found);
    pos = GROUPED_NUMBER_RE.lastIndex;
    LIST_SEPARATOR_RE.lastIndex = pos;
    const separator = LIST_SEPARATOR_RE.exec(text);
    if (separator === null || separator[0].length === 0) return;
    pos = LIST_SEPARATOR_RE.lastIndex;
  }
}

/** What most texts quote: one shared empty answer, rather than a new array for each text. */
const NO_GTINS: readonly string[] = Object.freeze([]);

/**
 * GTIN-14s of the barcodes quoted in free text, in order of appearance, deduplicated. A number counts when
 * a keyword (UPC, EAN, GTIN, barcode, 条码, 条形码) precedes it closely, lists after a keyword included
 * ("UPC codes 687064045552 or 687064042100"), spaced groups joined ("UPC 0 12345 67890 5"), an 11-digit
 * UPC given without its check digit completed; or when it is a bare 12-14 digit run whose check digit
 * verifies.
 * @example extractGtins('Toy set, UPC: 0 12345 67890 5, sold at ...') // ['00012345678905']
 */
export function extractGtins(text: string): readonly string[] {
  const folded = foldWidth(text);
  // most texts hold no four digits in a row, and most that do hold no eight in all: they skip the keyword and
  // bare-run scans (the digit runs are the ones the model number scans of the same text found)
  const { digits, longest } = digitRuns(folded);
  if (longest < MIN_LONGEST_RUN || digits < MIN_DIGITS) return NO_GTINS;
  const found: Found[] = [];
  KEYWORD_RE.lastIndex = 0;
  for (let m = KEYWORD_RE.exec(folded); m !== null; m = KEYWORD_RE.exec(folded)) {
    scanAfterKeyword(folded, m.index + m[0].length, found);
  }
  BARE_RUN_RE.lastIndex = 0;
  for (let m = BARE_RUN_RE.exec(folded); m !== null; m = BARE_RUN_RE.exec(folded)) {
    const gtins = gtinCandidates(m[0]);
    if (gtins.length > 0) found.push({ at: m.index, gtins });
  }
  if (found.length === 0) return NO_GTINS;
  found.sort((a, b) => a.at - b.at);
  const out = new Set<string>();
  for (const f of found) for (const g of f.gtins) out.add(g);
  return [...out];
}
