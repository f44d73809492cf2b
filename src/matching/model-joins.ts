import { digitRuns, foldConfusables, foldWidth, isAscii, isDigitCode, isUpperCode, isWordCode, modelKey } from '../normalize/index.js';
import { FrozenStringMap } from './frozen-string-map.js';
import type { ModelMention } from './listing-view.js';

/** String methods called through `String.prototype`, as hot code must: see ascii-scan.ts. */
const { charCodeAt, slice, startsWith, toLowerCase } = String.prototype;

const DIGIT_RE = /\d/;
const NONE: readonly ModelMention[] = [];
const LETTER_RE = /[a-z]/;
const FOLDABLE_RE = /[ilo]/;
const MAX_PART = 6;
const MAX_PARTS = 4;
const MIN_KEY = 3;
const MIN_DIGITS_ONLY = 5;

/**
 * Without a list of recalled first words, a join is read only where a letter run meets a digit run, or digits
 * meet digits across a dash or one by one, lest every pair of words be tried.
 */
function joinsHere(previous: string, next: string, gap: string): boolean {
  const before = isDigitCode(charCodeAt.call(previous, previous.length - 1));
  const after = isDigitCode(charCodeAt.call(next, 0));
  return before !== after || (before && (gap.includes('-') || (previous.length === 1 && next.length === 1)));
}

/** Length of the gap at `at` that may stand inside a model number: " ", "-" or " - "; 0 for anything else. */
function gapAt(text: string, at: number): number {
  if (startsWith.call(text, ' - ', at)) return 3;
  const code = charCodeAt.call(text, at);
  return code === 32 || code === 45 ? 1 : 0;
}

/**
 * The joins of the word at `start` with the next one, two and three: "TH 440", "AW 70", "AW 70 V", "AW 70 V 6", added
 * to `found` (made on the first join: most words tried give none); returns `found`.
 */
function addJoinsFrom(
  text: string, start: number, first: string, found: Map<string, string> | undefined, forms: RecalledModelForms | undefined,
): Map<string, string> | undefined {
  let joins = found;
  let previous = first;
  let joined = toLowerCase.call(first);
  let at = start + first.length;
  for (let parts = 1; parts < MAX_PARTS; parts += 1) {
    const gap = gapAt(text, at);
    if (gap === 0) return joins;
    let end = at + gap;
    while (end < text.length && isWordCode(charCodeAt.call(text, end))) end += 1;
    const part = slice.call(text, at + gap, end);
    if (part.length === 0 || part.length > MAX_PART) return joins;
    if (!forms && !joinsHere(previous, part, slice.call(text, at, at + gap))) return joins;
    joined += toLowerCase.call(part);
    // with the recalled forms at hand, stop as soon as the join begins none of them
    if (forms && !forms.prefixes.has(joined)) return joins;
    previous = part;
    at = end;
    if (joined.length < MIN_KEY || !DIGIT_RE.test(joined) || (!LETTER_RE.test(joined) && joined.length < MIN_DIGITS_ONLY)) continue;
    if (forms && !forms.joined.has(joined)) continue;
    // the recalled side's key folds look-alikes among digits (HI4DR → h14dr): read the join the same way
    const key = FOLDABLE_RE.test(joined) ? modelKey(joined) : joined;
    joins ??= new Map<string, string>();
    if (!joins.has(key)) joins.set(key, slice.call(text, start, end));
  }
  return joins;
}

/**
 * Model numbers a text may write in parts ("Model TH 440", "AW 70 V 6", "8524-21", "ntrw 19147"): runs of two to
 * four short words joined where letters meet digits (or digits meet digits across a dash). They are only ever
 * looked up among recalled model numbers as they are; a join that names nothing recalled says nothing, so it is
 * never negative evidence. With the index's `forms`, a join begins only at a word that begins some recalled model
 * number, may join any words, and is kept only when it spells a recalled one.
 * @example joinedModelMentions('Russound Model AW 70 V 6').map((m) => m.key) // ['aw70', 'aw70v', 'aw70v6', ...]
 */
export function joinedModelMentions(text: string, forms?: RecalledModelForms): readonly ModelMention[] {
  // folded before the digit scan, so that digits written full width join too ("ＡＷ ７０ Ｖ ６")
  const folded = isAscii(text) ? text : foldConfusables(foldWidth(text));
  // made on the first word that may begin a join: most titles have none
  let found: Map<string, string> | undefined;
  // A join needs a digit in its first word or the next, so the scan jumps from digit to digit (the runs the model
  // number scan found already) and reads only the words around each: the word holding the digit, and the short word
  // one gap before it.
  const { bounds } = digitRuns(folded);
  let done = 0;
  for (let run = 0; run < bounds.length; run += 2) {
    const at = bounds[run] as number;
    // a later run of the word just read
    if (at < done) continue;
    let start = at;
    while (start > done && isWordCode(charCodeAt.call(folded, start - 1))) start -= 1;
    let end = at + 1;
    while (end < folded.length && isWordCode(charCodeAt.call(folded, end))) end += 1;
    const gap = gapBefore(folded, start);
    const before = gap > 0 ? wordBefore(folded, start - gap, done) : -1;
    if (before >= 0) found = tryJoinsFrom(folded, before, start - gap, found, forms);
    if (end - start <= MAX_PART && gapAt(folded, end) > 0) found = tryJoinsFrom(folded, start, end, found, forms);
    done = end;
  }
  return found === undefined || found.size === 0 ? NONE : [...found].map(([key, display]) => ({ key, display }));
}

/**
 * A word that begins recalled model numbers (any word, without `forms`) is read with the words after it, into
 * `found`, made on the first join; returns `found`. With `forms`, the word is looked up where it stands, and one
 * whose next part begins with no character that follows it in a recalled number is turned away before any string
 * is made: most words that begin a recalled number (plain numbers such as "6" or "2024") are.
 */
function tryJoinsFrom(
  text: string, start: number, end: number, found: Map<string, string> | undefined, forms: RecalledModelForms | undefined,
): Map<string, string> | undefined {
  if (forms) {
    const followers = forms.starts.getRange(text, start, end);
    if (followers === undefined) return found;
    const gap = gapAt(text, end);
    if (gap === 0 || (followers & followerBit(charCodeAt.call(text, end + gap))) === 0) return found;
  }
  return addJoinsFrom(text, start, slice.call(text, start, end), found, forms);
}

/**
 * Length of the gap that ends at the word starting at `at` and would join the word before it (as {@link gapAt}
 * reads it from that word's end): 3 for " - ", 1 for a space or a dash, 0 for none.
 */
function gapBefore(text: string, at: number): number {
  if (at >= 3 && startsWith.call(text, ' - ', at - 3) && isWordCode(charCodeAt.call(text, at - 4))) return 3;
  const code = charCodeAt.call(text, at - 1);
  return (code === 32 || code === 45) && isWordCode(charCodeAt.call(text, at - 2)) ? 1 : 0;
}

/**
 * Start of the short word (at most MAX_PART characters, not before `done`, which was read already) that ends at
 * `end`; -1 when there is none.
 */
function wordBefore(text: string, end: number, done: number): number {
  if (end <= done) return -1;
  let start = end;
  while (start > 0 && isWordCode(charCodeAt.call(text, start - 1))) start -= 1;
  // a word that holds a digit was read with that digit, and its start may precede `done`
  if (start < done || end - start > MAX_PART) return -1;
  for (let i = start; i < end; i += 1) if (isDigitCode(charCodeAt.call(text, i))) return -1;
  return start;
}

/** A look-alike letter between capitals or digits, or beside a digit or a dash: "DlOO", "R-lOl", "TS-lA", "29l2l". */
const LOOK_ALIKE_HINT_RE = /[A-Z][lIO][A-Z0-9]|\d[lIO]|[lIO]\d|-[lIO]|[lIO]-/g;
const LOOK_ALIKE_LETTERS_RE = /[lIO]/g;
const DASHES_RE = /-/g;
const LOOK_ALIKE_DIGITS: Readonly<Record<string, string>> = { l: '1', I: '1', O: '0' };
const MIN_DIGIT_SHARE = 0.25;

/**
 * Model numbers a text writes with letters for digits ("DlOO" for D100, "XPlOOO", "R-lOl", "lOO"): a word with a
 * capital letter whose l, I and O read as 1, 1 and 0 gives two digits or more (one, in a word that already has a
 * digit or a dash: "TS-lA"), a quarter of it or more. Exact look-ups only.
 * @example lookAlikeModelMentions('John Deere DlOO lawn tractor')[0].key // 'd100'
 */
export function lookAlikeModelMentions(text: string): readonly ModelMention[] {
  let found: ModelMention[] | undefined;
  // Each word (letters, digits and dashes) that holds a look-alike pair is read once: the pair is found by a native
  // search, the word around it by a scan, and the search goes on after the word.
  LOOK_ALIKE_HINT_RE.lastIndex = 0;
  for (let pair = LOOK_ALIKE_HINT_RE.exec(text); pair !== null; pair = LOOK_ALIKE_HINT_RE.exec(text)) {
    let start = pair.index;
    while (start > 0 && isWordOrDashCode(charCodeAt.call(text, start - 1))) start -= 1;
    let end = pair.index + pair[0].length;
    while (end < text.length && isWordOrDashCode(charCodeAt.call(text, end))) end += 1;
    const mention = lookAlikeMention(text, start, end);
    if (mention !== undefined) (found ??= []).push(mention);
    LOOK_ALIKE_HINT_RE.lastIndex = end;
  }
  return found ?? NONE;
}

function isWordOrDashCode(code: number): boolean {
  return isWordCode(code) || code === DASH;
}

/**
 * The word `text[from, to)`, without dashes at its edges, read with its look-alike letters as digits, when that
 * reading counts as a model number. One pass counts what the reading would hold, so the many words that fail build
 * no string.
 */
function lookAlikeMention(text: string, from: number, to: number): ModelMention | undefined {
  let start = from;
  let end = to;
  while (start < end && charCodeAt.call(text, start) === DASH) start += 1;
  while (end > start && charCodeAt.call(text, end - 1) === DASH) end -= 1;
  if (end - start < MIN_KEY) return undefined;
  let capital = false;
  let digitOrDash = false;
  let digits = 0;
  let dashes = 0;
  for (let i = start; i < end; i += 1) {
    const code = charCodeAt.call(text, i);
    if (isUpperCode(code)) {
      capital = true;
      if (code === CAPITAL_I || code === CAPITAL_O) digits += 1;
    } else if (isDigitCode(code)) {
      digitOrDash = true;
      digits += 1;
    } else if (code === DASH) {
      digitOrDash = true;
      dashes += 1;
    } else if (code === SMALL_L) digits += 1;
  }
  // one digit is enough where the word already has a digit or a dash ("TS-lA", "29l2l")
  const enough = digits >= 2 || (digits === 1 && digitOrDash);
  if (!capital || !enough || digits < MIN_DIGIT_SHARE * (end - start - dashes)) return undefined;
  const token = slice.call(text, start, end);
  const read = toLowerCase.call(token.replace(LOOK_ALIKE_LETTERS_RE, (ch) => LOOK_ALIKE_DIGITS[ch] ?? ch).replace(DASHES_RE, ''));
  return { key: modelKey(read), display: token };
}

const DASH = 45;
const CAPITAL_I = 73;
const CAPITAL_O = 79;
const SMALL_L = 108;

const LEADING_RUN_RE = /^(?:[a-z]+|\d+)/;

/** What an index knows of its recalled model numbers' spelling, so that a title's words are joined only toward them. */
export interface RecalledModelForms {
  /**
   * First words ("th" for TH440, "8524" for 8524-21), in lower, upper and capitalised case, looked up as written;
   * each with the {@link followerBit}s of the characters that come right after it in some recalled number as a join
   * spells it ("4" after "th"), a filter on the next part's first character.
   */
  readonly starts: StartLookup;
  /** The numbers in lower case with separators dropped ("th440", "852421"), as a join spells them. */
  readonly joined: StringLookup;
  /** Every beginning of those ("t", "th", "th4", …), so a join that leads nowhere stops at once. */
  readonly prefixes: StringLookup;
}

/** A set of strings that is only ever asked whether it holds one. */
export interface StringLookup {
  has(key: string): boolean;
  readonly size: number;
}

/** {@link RecalledModelForms.starts}: a word, as it stands in a text, to its followers' bits. */
export interface StartLookup extends StringLookup {
  getRange(text: string, start: number, end: number): number | undefined;
}

/**
 * One of 32 bits for an ASCII letter or digit, either case: or-ed over the characters that may follow a word, a
 * filter (digits share bits with letters p to y).
 * @example followerBit('A'.charCodeAt(0)) === followerBit('a'.charCodeAt(0)) // true
 */
export function followerBit(code: number): number {
  // an ASCII capital and its small letter differ only in bit 5 (32), which the mask drops
  return 1 << (code & 31);
}

const SEPARATORS_RE = /[^a-z0-9]+/g;

/**
 * The {@link RecalledModelForms} of a list of recalled model numbers as published.
 * Each is frozen into a {@link FrozenStringMap}: a title's words are looked up in them on every listing screened.
 * @example recalledModelForms(['TH440']).starts.has('TH') // true
 */
export function recalledModelForms(displays: Iterable<string>): RecalledModelForms {
  const words = new Set<string>();
  const joined = new Set<string>();
  const prefixes = new Set<string>();
  for (const display of displays) {
    const lower = toLowerCase.call(display);
    const spelt = lower.replace(SEPARATORS_RE, '');
    joined.add(spelt);
    for (let length = 1; length <= spelt.length; length += 1) prefixes.add(slice.call(spelt, 0, length));
    const run = LEADING_RUN_RE.exec(lower.replace(/^[^a-z0-9]+/, ''));
    if (run) words.add(run[0]);
  }
  // a join that begins with `word` goes on only where `word` and the next part's first character begin some number
  const followers = new Map<string, number>([...words].map((word) => [word, 0]));
  for (const prefix of prefixes) {
    const stem = slice.call(prefix, 0, -1);
    const bits = followers.get(stem);
    if (bits !== undefined) followers.set(stem, bits | followerBit(charCodeAt.call(prefix, prefix.length - 1)));
  }
  const starts = new Map<string, number>();
  for (const [word, bits] of followers) {
    for (const written of [word, word.toUpperCase(), word.charAt(0).toUpperCase() + slice.call(word, 1)]) starts.set(written, bits);
  }
  return { starts: FrozenStringMap.from(starts), joined: FrozenStringMap.ofKeys(joined), prefixes: FrozenStringMap.ofKeys(prefixes) };
}
