import { foldConfusables, foldWidth, isAscii, modelKey } from '../normalize/index.js';
import type { ModelMention } from './listing-view.js';

/**
 * Two to four short runs of letters only or digits only, one space, dash or " - " apart, the first two a letter
 * run and a digit run (or digits and digits across a dash): "TH 440", "AW 70 V 6", "8524-21", "X - 1 5". One
 * pass of one expression finds every chain, so titles of plain words cost little.
 */
const CHAIN_RE =
  /(?<![A-Za-z0-9])(?:[A-Za-z]{1,6}(?: - | |-)\d{1,6}|\d{1,6}(?: - | |-)[A-Za-z]{1,6}|\d{1,6}(?: - |-)\d{1,6})(?:(?: - | |-)(?:[A-Za-z]{1,6}|\d{1,6})){0,2}(?![A-Za-z0-9])/g;
const PART_RE = /[A-Za-z0-9]+/g;
const DIGIT_RE = /\d/;
const LETTER_RE = /[a-z]/;
const MIN_KEY = 3;
const MIN_DIGITS_ONLY = 5;
const FOLDABLE_RE = /[ilo]/;

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A join is read only where a letter run meets a digit run, or digits meet digits across a dash or one by one. */
function joinsHere(previous: string, next: string, gap: string): boolean {
  const before = isDigitCode(previous.charCodeAt(previous.length - 1));
  const after = isDigitCode(next.charCodeAt(0));
  return before !== after || (before && (gap.includes('-') || (previous.length === 1 && next.length === 1)));
}

function firstRun(chain: string): string {
  let end = 0;
  while (end < chain.length && chain.charCodeAt(end) !== 32 && chain.charCodeAt(end) !== 45) end += 1;
  return chain.slice(0, end);
}

function addChain(chain: string, found: Map<string, string>, starts: ReadonlySet<string> | undefined): void {
  const parts: string[] = [];
  const gaps: string[] = [];
  let end = 0;
  PART_RE.lastIndex = 0;
  for (let m = PART_RE.exec(chain); m !== null; m = PART_RE.exec(chain)) {
    gaps.push(chain.slice(end, m.index));
    parts.push(m[0]);
    end = m.index + m[0].length;
  }
  for (let i = 0; i < parts.length; i += 1) {
    let display = parts[i] as string;
    let joined = display.toLowerCase();
    if (starts && !starts.has(joined)) continue;
    for (let j = i + 1; j < parts.length; j += 1) {
      const part = parts[j] as string;
      if (!joinsHere(parts[j - 1] as string, part, gaps[j] as string)) break;
      display += `${gaps[j] as string}${part}`;
      joined += part.toLowerCase();
      const mixed = LETTER_RE.test(joined);
      if (joined.length < MIN_KEY || (!mixed && joined.length < MIN_DIGITS_ONLY)) continue;
      // the recalled side's key folds look-alikes among digits (HI4DR → h14dr): read the join the same way
      const key = FOLDABLE_RE.test(joined) ? modelKey(joined) : joined;
      if (!found.has(key)) found.set(key, display);
    }
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
  CHAIN_RE.lastIndex = 0;
  for (let m = CHAIN_RE.exec(folded); m !== null; m = CHAIN_RE.exec(folded)) {
    const first = firstRun(m[0]);
    // a chain whose first word starts no recalled model: look again from its second word
    if (starts && !starts.has(first.toLowerCase())) CHAIN_RE.lastIndex = m.index + first.length;
    else addChain(m[0], found, starts);
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
 * The words recalled model numbers begin with ("th" for TH440, "8524" for 8524-21, "aw" for AW70V6): where a join
 * may start.
 * @example modelStarts(['TH440', '8524-21']) // Set { 'th', '8524' }
 */
export function modelStarts(displays: Iterable<string>): Set<string> {
  const starts = new Set<string>();
  for (const display of displays) {
    const run = LEADING_RUN_RE.exec(display.toLowerCase().replace(/^[^a-z0-9]+/, ''));
    if (run) starts.add(run[0]);
  }
  return starts;
}
