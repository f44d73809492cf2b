import { isDigitCode, isJoinCode, isWordCode } from './ascii-scan.js';
import { containsCjk, toSimplified } from './chinese.js';
import { undoLeet } from './leet.js';
import { STOP_WORDS } from './stop-words.js';
import { foldConfusables, foldWidth, isAscii } from './unicode.js';

export { containsCjk } from './chinese.js';
export { STOP_WORDS } from './stop-words.js';

/** Emoji, pictographs (™ © ® included, before NFKC turns ™ into "TM"), flags, skin tones, variation selectors. */
const PICTOGRAPH_RE = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\uFE0E|\uFE0F|\u20E3/gu;
const REPEATED_PUNCTUATION_RE = /([!-/:-@[-`{-~])\1+/g;
const PUNCTUATION_PAIR_RE = /[!-/:-@[-`{-~]{2}/;
/** Whitespace that needs collapsing: at an edge, doubled, or other than a plain space. */
const UNTIDY_SPACE_RE = /^\s|\s$|\s\s|[^\S ]/;
/** Three or more single letters or digits one space apart: "p o w e r", "a 1 2 6 3". */
const SPACED_SINGLES_RE = /(?<![a-z0-9])[a-z0-9](?: [a-z0-9](?![a-z0-9])){2,}/g;
const HAS_LETTER_RE = /[a-z]/;
const SPACES_RE = / /g;
const WHITESPACE_RE = /\s+/g;
const INNER_SEPARATOR_RE = /[-/._]/;
const INNER_SEPARATORS_RE = /[-/._]/g;
const DIGIT_RE = /[0-9]/;
const MAX_JOINED_LENGTH = 24;
/** A run of Han characters, or a word of any other letters, digits and marks (inner joins kept). */
const WORD_RE = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+(?:[-/._](?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+)*/gu;
const HAN_START_RE = /^\p{Script=Han}/u;
const CJK_STOP_RE = new RegExp([...STOP_WORDS].filter((w) => containsCjk(w)).join('|'), 'g');

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
function foldCore(text: string): string {
  let folded = text;
  if (!isAscii(folded)) {
    folded = foldConfusables(foldWidth(folded.replace(PICTOGRAPH_RE, ' ')));
    if (containsCjk(folded)) folded = toSimplified(folded);
  }
  folded = folded.toLowerCase();
  if (PUNCTUATION_PAIR_RE.test(folded)) folded = folded.replace(REPEATED_PUNCTUATION_RE, '$1');
  return undoLeet(folded.replace(SPACED_SINGLES_RE, joinSingles));
}

function pushWord(word: string, out: string[]): void {
  if (word.length > 1 && !STOP_WORDS.has(word)) out.push(word);
}

/** "bs-30kp365" stays one token "bs30kp365"; "usb-c" or "wi-fi" split into words. */
function pushCompound(compound: string, out: string[]): void {
  if (!INNER_SEPARATOR_RE.test(compound)) {
    pushWord(compound, out);
    return;
  }
  const joined = compound.replace(INNER_SEPARATORS_RE, '');
  if (joined.length <= MAX_JOINED_LENGTH && DIGIT_RE.test(joined) && HAS_LETTER_RE.test(joined)) {
    out.push(joined);
    return;
  }
  for (const word of compound.split(INNER_SEPARATORS_RE)) pushWord(word, out);
}

/** The ASCII path of tokenize: one pass over the characters instead of a regular expression per word. */
function pushAsciiTokens(text: string, out: string[]): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let joined = false;
    let digit = false;
    for (;;) {
      while (i < length && isWordCode(text.charCodeAt(i))) {
        if (isDigitCode(text.charCodeAt(i))) digit = true;
        i++;
      }
      if (i + 1 < length && isJoinCode(text.charCodeAt(i)) && isWordCode(text.charCodeAt(i + 1))) {
        joined = true;
        i++;
      } else break;
    }
    if (!joined) pushWord(text.slice(start, i), out);
    else if (digit) pushCompound(text.slice(start, i), out);
    else for (const word of text.slice(start, i).split(INNER_SEPARATORS_RE)) pushWord(word, out);
  }
}

function pushHanBigrams(run: string, out: string[]): void {
  if (run.length === 1) {
    out.push(run);
    return;
  }
  for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
}

/**
 * The tokens of {@link foldText}: Latin and other words split on anything not a letter or digit (stop words
 * and one-character words dropped) except that a word joined by `-`, `/`, `.` or `_` that mixes letters and
 * digits stays one token without its separators ("bs-30kp365" → "bs30kp365"), Chinese runs as overlapping character bigrams (a lone character as
 * itself, Chinese filler phrases removed first). Duplicates are kept, in order.
 * @example tokenize('ROMOSS 罗马仕充电宝 for iPhone') // ['romoss', '罗马', '马仕', '仕充', '充电', '电宝', 'for', 'iphone']
 */
export function tokenize(text: string): string[] {
  const folded = foldCore(text);
  const out: string[] = [];
  if (isAscii(folded)) {
    pushAsciiTokens(folded, out);
    return out;
  }
  const cleaned = containsCjk(folded) ? folded.replace(CJK_STOP_RE, ' ') : folded;
  for (const word of cleaned.match(WORD_RE) ?? []) {
    if (HAN_START_RE.test(word)) pushHanBigrams(word, out);
    else pushCompound(word, out);
  }
  return out;
}
