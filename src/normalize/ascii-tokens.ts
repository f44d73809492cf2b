import { isJoinCode, isLowerCode, isWordCode } from './ascii-scan.js';
import { mayBeStopWord, STOP_WORDS } from './stop-words.js';

/** String methods called through `String.prototype`, as hot code must: see ascii-scan.ts. */
const { charCodeAt, slice } = String.prototype;

/**
 * The ASCII path of the tokenizer: one pass over lower-case text that cuts it into tokens and, on the way,
 * notices anything obfuscation-undoing would rewrite (repeated punctuation, spaced-out letters, leet), so most
 * titles need no separate scan for it.
 */

const INNER_SEPARATOR_RE = /[-/._]/;
const INNER_SEPARATORS_RE = /[-/._]/g;
const DIGIT_RE = /[0-9]/;
const HAS_LETTER_RE = /[a-z]/;
const MAX_JOINED_LENGTH = 24;

/** ASCII punctuation and symbols: `[!-/:-@[-`{-~]`. */
function isPunctuationCode(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
}

/** Digits sellers put for letters (0 1 3 4 5 7), `@` and `$`. */
function isLeetCode(code: number): boolean {
  return code === 48 || code === 49 || code === 51 || code === 52 || code === 53 || code === 55 || code === 64 || code === 36;
}

function pushWord(word: string, out: string[]): void {
  if (word.length > 1 && !STOP_WORDS.has(word)) out.push(word);
}

/**
 * pushWord for the letters and digits `start`..`end` of the text, sliced once and only when kept. The word is stored
 * at the end rather than pushed: optimised code calls a built-in for this `push` (its arrays come empty, then hold
 * strings), but stores in place.
 */
function pushRun(text: string, start: number, end: number, out: string[]): void {
  if (end - start < 2) return;
  if (!mayBeStopWord(text, start, end)) {
    out[out.length] = slice.call(text, start, end);
    return;
  }
  const word = slice.call(text, start, end);
  if (!STOP_WORDS.has(word)) out[out.length] = word;
}

/** The parts of the joined word `start`..`end` as words: what splitting on its separators gives. */
function pushRuns(text: string, start: number, end: number, out: string[]): void {
  let runStart = start;
  for (let i = start; i < end; i++) {
    if (isWordCode(charCodeAt.call(text, i))) continue;
    pushRun(text, runStart, i, out);
    runStart = i + 1;
  }
  pushRun(text, runStart, end, out);
}

function hasLetterIn(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isLowerCode(charCodeAt.call(text, i))) return true;
  return false;
}

/**
 * Pushes a word joined by `-`, `/`, `.` or `_`: "bs-30kp365" stays one token "bs30kp365"; "usb-c" or "wi-fi"
 * split into words.
 * @example pushCompound('bs-30kp365', out) // out: ['bs30kp365']
 */
export function pushCompound(compound: string, out: string[]): void {
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

/**
 * At `i`, outside any word: two punctuation marks in a row, or `@`/`$` between letters ("b@nk").
 * Together with {@link wordMayRewrite}, true wherever `[!-/:-@[-`{-~]{2}|(?<![a-z0-9])[a-z0-9] [a-z0-9](?![a-z0-9])|
 * [a-z](?:[013457@$]|00)[a-z]` matches.
 */
function gapMayRewrite(text: string, i: number, code: number): boolean {
  if (!isPunctuationCode(code)) return false;
  if (isPunctuationCode(charCodeAt.call(text, i + 1))) return true;
  return (code === 64 || code === 36) && isLowerCode(charCodeAt.call(text, i - 1)) && isLowerCode(charCodeAt.call(text, i + 1));
}

/** Over the run of letters and digits `start`..`end`: a lone character followed by another ("a b"), or leet. */
function wordMayRewrite(text: string, start: number, end: number): boolean {
  if (end - start === 1) {
    return charCodeAt.call(text, end) === 32 && isWordCode(charCodeAt.call(text, end + 1)) && !isWordCode(charCodeAt.call(text, end + 2));
  }
  for (let i = start + 1; i < end - 1; i++) {
    const code = charCodeAt.call(text, i);
    if (code > 57 || !isLeetCode(code) || !isLowerCode(charCodeAt.call(text, i - 1))) continue;
    const next = charCodeAt.call(text, i + 1);
    if (isLowerCode(next) || (code === 48 && next === 48 && isLowerCode(charCodeAt.call(text, i + 2)))) return true;
  }
  return false;
}

/**
 * Pushes the tokens of lower-case ASCII text: words of letters and digits (stop words and single characters
 * dropped), joined words through {@link pushCompound}. Returns false when the text holds something
 * obfuscation-undoing could rewrite, so the caller can tokenize the rewritten text instead.
 * @example pushAsciiTokens('anker a1263 power bank', out) // true; out: ['anker', 'a1263', 'power', 'bank']
 */
export function pushAsciiTokens(text: string, out: string[]): boolean {
  const length = text.length;
  let untouched = true;
  let i = 0;
  while (i < length) {
    const code = charCodeAt.call(text, i);
    if (!isWordCode(code)) {
      if (untouched && gapMayRewrite(text, i, code)) untouched = false;
      i++;
      continue;
    }
    const start = i;
    let joins = 0;
    let digit = false;
    for (;;) {
      const runStart = i;
      let runDigit = false;
      let letterDigit = false;
      for (; i < length; i++) {
        const c = charCodeAt.call(text, i);
        if (c <= 57) {
          if (c < 48) break;
          runDigit = true;
          if (i > runStart && charCodeAt.call(text, i - 1) > 57) letterDigit = true;
        } else if (c < 97 ? c < 65 || c > 90 : c > 122) break;
      }
      // leet needs a digit after a letter, spaced singles a run of one
      if (untouched && (letterDigit || i - runStart === 1) && wordMayRewrite(text, runStart, i)) untouched = false;
      digit ||= runDigit;
      if (i + 1 < length && isJoinCode(charCodeAt.call(text, i)) && isWordCode(charCodeAt.call(text, i + 1))) {
        joins++;
        i++;
      } else break;
    }
    // what pushCompound does, without its regular expressions: the separators are the non-word characters
    if (joins === 0) pushRun(text, start, i, out);
    else if (digit && i - start - joins <= MAX_JOINED_LENGTH && hasLetterIn(text, start, i)) {
      out[out.length] = slice.call(text, start, i).replace(INNER_SEPARATORS_RE, '');
    } else pushRuns(text, start, i, out);
  }
  return untouched;
}
