import { foldConfusables, foldWidth, isAscii, modelKey } from '../normalize/index.js';
import type { ModelMention } from './listing-view.js';

const DIGIT_RE = /\d/;
const LETTER_RE = /[a-z]/;
const FOLDABLE_RE = /[ilo]/;
const MAX_PART = 6;
const MAX_PARTS = 4;
const MIN_KEY = 3;
const MIN_DIGITS_ONLY = 5;

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isWordCode(code: number): boolean {
  return isDigitCode(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Without a list of recalled first words, a join is read only where a letter run meets a digit run, or digits
 * meet digits across a dash or one by one, lest every pair of words be tried.
 */
function joinsHere(previous: string, next: string, gap: string): boolean {
  const before = isDigitCode(previous.charCodeAt(previous.length - 1));
  const after = isDigitCode(next.charCodeAt(0));
  return before !== after || (before && (gap.includes('-') || (previous.length === 1 && next.length === 1)));
}

/** Length of the gap at `at` that may stand inside a model number: " ", "-" or " - "; 0 for anything else. */
function gapAt(text: string, at: number): number {
  if (text.startsWith(' - ', at)) return 3;
  const code = text.charCodeAt(at);
  return code === 32 || code === 45 ? 1 : 0;
}

/** The joins of the word at `start` with the next one, two and three: "TH 440", "AW 70", "AW 70 V", "AW 70 V 6". */
function addJoinsFrom(text: string, start: number, first: string, found: Map<string, string>, anyJoin: boolean): void {
  let previous = first;
  let display = first;
  let joined = first.toLowerCase();
  let at = start + first.length;
  for (let parts = 1; parts < MAX_PARTS; parts += 1) {
    const gap = gapAt(text, at);
    if (gap === 0) return;
    let end = at + gap;
    while (end < text.length && isWordCode(text.charCodeAt(end))) end += 1;
    const part = text.slice(at + gap, end);
    if (part.length === 0 || part.length > MAX_PART) return;
    if (!anyJoin && !joinsHere(previous, part, text.slice(at, at + gap))) return;
    display += text.slice(at, end);
    joined += part.toLowerCase();
    previous = part;
    at = end;
    if (joined.length < MIN_KEY || !DIGIT_RE.test(joined) || (!LETTER_RE.test(joined) && joined.length < MIN_DIGITS_ONLY)) continue;
    // the recalled side's key folds look-alikes among digits (HI4DR → h14dr): read the join the same way
    const key = FOLDABLE_RE.test(joined) ? modelKey(joined) : joined;
    if (!found.has(key)) found.set(key, display);
  }
}

/**
 * Model numbers a text may write in parts ("Model TH 440", "AW 70 V 6", "8524-21", "ntrw 19147"): runs of two to
 * four short words joined where letters meet digits (or digits meet digits across a dash). They are only ever
 * looked up among recalled model numbers as they are; a join that names nothing recalled says nothing, so it is
 * never negative evidence. With `starts`, a join begins only at a word that begins some recalled model number.
 * @example joinedModelMentions('Russound Model AW 70 V 6').map((m) => m.key) // ['aw70', 'aw70v', 'aw70v6', ...]
 */
export function joinedModelMentions(text: string, starts?: ReadonlySet<string>): ModelMention[] {
  if (!DIGIT_RE.test(text)) return [];
  const folded = isAscii(text) ? text : foldConfusables(foldWidth(text));
  const found = new Map<string, string>();
  // words are found by their codes, not a pattern: a title has dozens, and only short ones before a gap matter
  for (let start = 0; start < folded.length; ) {
    if (!isWordCode(folded.charCodeAt(start))) {
      start += 1;
      continue;
    }
    let end = start + 1;
    while (end < folded.length && isWordCode(folded.charCodeAt(end))) end += 1;
    if (end - start <= MAX_PART && gapAt(folded, end) > 0) {
      const word = folded.slice(start, end);
      if (!starts || starts.has(word)) addJoinsFrom(folded, start, word, found, starts !== undefined);
    }
    start = end;
  }
  return [...found].map(([key, display]) => ({ key, display }));
}

/** A look-alike letter between capitals or digits, or beside a digit or a dash: "DlOO", "R-lOl", "TS-lA", "29l2l". */
const LOOK_ALIKE_HINT_RE = /[A-Z][lIO][A-Z0-9]|\d[lIO]|[lIO]\d|-[lIO]|[lIO]-/;
/** A word (inner dashes kept) holding such a pair: only those words are read. */
const LOOK_ALIKE_TOKEN_RE = /(?<![A-Za-z0-9-])[A-Za-z0-9-]*(?:[A-Z][lIO][A-Z0-9]|\d[lIO]|[lIO]\d|-[lIO]|[lIO]-)[A-Za-z0-9-]*/g;
const CAPITAL_RE = /[A-Z]/;
const EDGE_DASHES_RE = /^-+|-+$/g;
const LOOK_ALIKE_DIGITS: Readonly<Record<string, string>> = { l: '1', I: '1', O: '0' };
const MIN_DIGIT_SHARE = 0.25;
const HAS_DIGIT_OR_DASH_RE = /[\d-]/;

function digitCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) if (isDigitCode(text.charCodeAt(i))) count += 1;
  return count;
}

/**
 * Model numbers a text writes with letters for digits ("DlOO" for D100, "XPlOOO", "R-lOl", "lOO"): a word with a
 * capital letter whose l, I and O read as 1, 1 and 0 gives two digits or more (one, in a word that already has a
 * digit or a dash: "TS-lA"), a quarter of it or more. Exact look-ups only.
 * @example lookAlikeModelMentions('John Deere DlOO lawn tractor')[0].key // 'd100'
 */
export function lookAlikeModelMentions(text: string): ModelMention[] {
  if (!LOOK_ALIKE_HINT_RE.test(text)) return [];
  const found: ModelMention[] = [];
  LOOK_ALIKE_TOKEN_RE.lastIndex = 0;
  for (let m = LOOK_ALIKE_TOKEN_RE.exec(text); m !== null; m = LOOK_ALIKE_TOKEN_RE.exec(text)) {
    const token = m[0].replace(EDGE_DASHES_RE, '');
    if (token.length < MIN_KEY || !CAPITAL_RE.test(token)) continue;
    const read = token.replace(/[lIO]/g, (ch) => LOOK_ALIKE_DIGITS[ch] ?? ch).replace(/-/g, '').toLowerCase();
    const digits = digitCount(read);
    // one digit is enough where the word already has a digit or a dash ("TS-lA", "29l2l")
    const enough = digits >= 2 || (digits === 1 && HAS_DIGIT_OR_DASH_RE.test(token));
    if (enough && digits >= MIN_DIGIT_SHARE * read.length) found.push({ key: modelKey(read), display: token });
  }
  return found;
}

const LEADING_RUN_RE = /^(?:[a-z]+|\d+)/;

/**
 * The words recalled model numbers begin with ("th" for TH440, "8524" for 8524-21, "aw" for AW70V6), in lower,
 * upper and capitalised case, so a title word is looked up as written: where a join may start.
 * @example modelStarts(['TH440']) // Set { 'th', 'TH', 'Th' }
 */
export function modelStarts(displays: Iterable<string>): Set<string> {
  const starts = new Set<string>();
  for (const display of displays) {
    const run = LEADING_RUN_RE.exec(display.toLowerCase().replace(/^[^a-z0-9]+/, ''));
    if (!run) continue;
    const word = run[0];
    starts.add(word).add(word.toUpperCase()).add(word.charAt(0).toUpperCase() + word.slice(1));
  }
  return starts;
}
