import { containsCjk, toSimplified } from './chinese.js';
import { undoLeet } from './leet.js';
import { pushAsciiTokens, pushCompound } from './ascii-tokens.js';
import { STOP_WORDS } from './stop-words.js';
import { foldCapitalI, foldConfusables, foldWidth, isAscii } from './unicode.js';

/** String methods called through `String.prototype`, as hot code must: see ascii-scan.ts. */
const { toLowerCase } = String.prototype;

export { containsCjk } from './chinese.js';
export { STOP_WORDS } from './stop-words.js';

/** Emoji, pictographs (™ © ® included, before NFKC turns ™ into "TM"), flags, skin tones, variation selectors. */
const PICTOGRAPH_RE = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\uFE0E|\uFE0F|\u20E3/gu;
/** Cheap pre-test: symbol blocks, variation selectors and astral planes, where every pictograph lives. */
const MAYBE_PICTOGRAPH_RE = /[\u00a9\u00ae\u203c-\u3299\ud800-\udbff]|\ufe0e|\ufe0f/;
const REPEATED_PUNCTUATION_RE = /([!-/:-@[-`{-~])\1+/g;
const PUNCTUATION_PAIR_RE = /[!-/:-@[-`{-~]{2}/;
/** Where a punctuation pair, spaced-out singles or leet could start, in one scan: most titles have none. */
const MAY_REWRITE_RE = /[!-/:-@[-`{-~]{2}|(?<![a-z0-9])[a-z0-9] [a-z0-9](?![a-z0-9])|[a-z](?:[013457@$]|00)[a-z]/;
/** Whitespace that needs collapsing: at an edge, doubled, or other than a plain space. */
const UNTIDY_SPACE_RE = /^\s|\s$|\s\s|[^\S ]/;
/** Three or more single letters or digits one space apart: "p o w e r", "a 1 2 6 3". */
const SPACED_SINGLES_RE = /(?<![a-z0-9])[a-z0-9](?: [a-z0-9](?![a-z0-9])){2,}/g;
const HAS_LETTER_RE = /[a-z]/;
const SPACES_RE = / /g;
const WHITESPACE_RE = /\s+/g;
/** A run of Han characters (astral extensions as surrogate pairs). */
const HAN_RUN_RE = /(?:[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud8bf][\udc00-\udfff])+/g;
const SURROGATE_RE = /[\ud800-\udbff]/;
/** A word of letters, digits and marks in any script, inner joins kept. */
const OTHER_WORD_RE = /[\p{L}\p{N}\p{M}]+(?:[-/._][\p{L}\p{N}\p{M}]+)*/gu;
const CJK_STOP_PHRASES = [...STOP_WORDS].filter((w) => containsCjk(w)).join('|');
const CJK_STOP_RE = new RegExp(CJK_STOP_PHRASES);
const CJK_STOP_SPLIT_RE = new RegExp(CJK_STOP_PHRASES, 'g');

function joinSingles(run: string): string {
  return HAS_LETTER_RE.test(run) ? run.replace(SPACES_RE, '') : run;
}

/**
 * Folds text for token comparison: NFKC, invisible characters, emoji and pictographs dropped, Cyrillic or
 * Greek look-alikes inside Latin words replaced, traditional Chinese simplified, lower case, repeated
 * punctuation collapsed, spaced-out letters re-joined, and conservative leet undone. Model numbers survive.
 * @example foldText('🔥P0WER  B@NK!!! 羅馬仕 BS-30KP365') // 'power bank! 罗马仕 bs-30kp365'
 */
export function foldText(text: string): string {
  const folded = foldCore(text);
  return UNTIDY_SPACE_RE.test(folded) ? folded.replace(WHITESPACE_RE, ' ').trim() : folded;
}

/** foldText without the whitespace tidying, which tokenize does not need. */
function foldCore(text: string, ascii = isAscii(text)): string {
  const folded = foldLetters(text, ascii);
  return MAY_REWRITE_RE.test(folded) ? undoObfuscation(folded) : folded;
}

/** Unicode folding and lower case: everything of foldCore but the undoing of obfuscation. */
function foldLetters(text: string, ascii: boolean): string {
  let folded = text;
  if (!ascii) {
    if (MAYBE_PICTOGRAPH_RE.test(folded)) folded = folded.replace(PICTOGRAPH_RE, ' ');
    folded = foldConfusables(foldWidth(folded));
    if (containsCjk(folded)) folded = toSimplified(folded);
  }
  return toLowerCase.call(foldCapitalI(folded));
}

/** Repeated punctuation, spaced-out letters and leet undone; text with none of them comes back unchanged. */
function undoObfuscation(lower: string): string {
  const folded = PUNCTUATION_PAIR_RE.test(lower) ? lower.replace(REPEATED_PUNCTUATION_RE, '$1') : lower;
  return undoLeet(folded.replace(SPACED_SINGLES_RE, joinSingles));
}

function pushHanBigrams(run: string, out: string[]): void {
  const chars: readonly string[] | string = SURROGATE_RE.test(run) ? Array.from(run) : run;
  if (chars.length === 1) {
    out.push(run);
    return;
  }
  for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
}

function pushHanRun(run: string, out: string[]): void {
  if (!CJK_STOP_RE.test(run)) {
    pushHanBigrams(run, out);
    return;
  }
  for (const part of run.split(CJK_STOP_SPLIT_RE)) if (part.length > 0) pushHanBigrams(part, out);
}

function pushOtherTokens(segment: string, out: string[]): void {
  if (isAscii(segment)) pushAsciiTokens(segment, out);
  else for (const word of segment.match(OTHER_WORD_RE) ?? []) pushCompound(word, out);
}

/**
 * The tokens of {@link foldText}: Latin and other words split on anything not a letter or digit (stop words
 * and one-character words dropped) except that a word joined by `-`, `/`, `.` or `_` that mixes letters and
 * digits stays one token without its separators ("bs-30kp365" → "bs30kp365"), Chinese runs as overlapping
 * character bigrams (a lone character as itself, Chinese filler phrases removed first). Duplicates are
 * kept, in order.
 * @example tokenize('ROMOSS 罗马仕充电宝 for iPhone') // ['romoss', '罗马', '马仕', '仕充', '充电', '电宝', 'for', 'iphone']
 */
export function tokenize(text: string): string[] {
  const ascii = isAscii(text);
  const out: string[] = [];
  if (ascii) {
    // one pass both tokenizes and tells whether obfuscation may need undoing (seldom: then a second pass)
    const lower = foldLetters(text, true);
    if (pushAsciiTokens(lower, out)) return out;
    out.length = 0;
    pushAsciiTokens(undoObfuscation(lower), out);
    return out;
  }
  const folded = foldCore(text, ascii);
  // folding keeps ASCII text ASCII
  if (isAscii(folded)) {
    pushAsciiTokens(folded, out);
    return out;
  }
  let done = 0;
  HAN_RUN_RE.lastIndex = 0;
  for (let m = HAN_RUN_RE.exec(folded); m !== null; m = HAN_RUN_RE.exec(folded)) {
    if (m.index > done) pushOtherTokens(folded.slice(done, m.index), out);
    pushHanRun(m[0], out);
    done = m.index + m[0].length;
  }
  if (done < folded.length) pushOtherTokens(folded.slice(done), out);
  return out;
}
