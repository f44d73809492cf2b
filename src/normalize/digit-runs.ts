import { isDigitCode } from './ascii-scan.js';
import { rememberLastTwo } from './bounded-memo.js';

/** String methods called through `String.prototype`, as hot code must: see ascii-scan.ts. */
const charCodeAt = String.prototype.charCodeAt;

/** Where a text's ASCII digits stand. */
export interface DigitRuns {
  /** Start and end (exclusive) of each maximal run of digits 0-9, in order: `[start0, end0, start1, end1, …]`. */
  readonly bounds: readonly number[];
  /** Digits in all. */
  readonly digits: number;
  /** Length of the longest run. */
  readonly longest: number;
}

/** The regular expression finds the next digit in native code, far faster than a loop over the characters. */
const NEXT_DIGIT_RE = /[0-9]/g;

/** Runs found so far by the scan under way: the answer gets an exact-size copy (a growing array would hold a dozen slots). */
const scratch: number[] = [];
const NO_RUNS: DigitRuns = { bounds: Object.freeze([]), digits: 0, longest: 0 };

function findDigitRuns(text: string): DigitRuns {
  let count = 0;
  let digits = 0;
  let longest = 0;
  NEXT_DIGIT_RE.lastIndex = 0;
  while (NEXT_DIGIT_RE.test(text)) {
    const start = NEXT_DIGIT_RE.lastIndex - 1;
    let end = start + 1;
    while (end < text.length && isDigitCode(charCodeAt.call(text, end))) end += 1;
    scratch[count] = start;
    scratch[count + 1] = end;
    count += 2;
    digits += end - start;
    if (end - start > longest) longest = end - start;
    NEXT_DIGIT_RE.lastIndex = end;
  }
  return count === 0 ? NO_RUNS : { bounds: scratch.slice(0, count), digits, longest };
}

/**
 * The runs of ASCII digits in `text` (what `/[0-9]+/g` would match). A listing's title and its description each go
 * through several scans that jump from digit to digit (model numbers, joined model numbers, barcodes), one text after
 * the other: the runs are found once for the last two texts asked about.
 * @example digitRuns('65W RT-5105-US') // { bounds: [0, 2, 7, 11], digits: 6, longest: 4 }
 */
export const digitRuns: (text: string) => DigitRuns = rememberLastTwo(findDigitRuns);
