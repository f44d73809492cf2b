/**
 * Low-level Unicode folding shared by the normalisers: width/compatibility folding, invisible characters,
 * and Cyrillic/Greek letters that look like Latin ones. Everything here keeps an ASCII fast path because
 * most marketplace titles are plain ASCII.
 */
import { Buffer } from 'node:buffer';
import { isDigitCode, isLowerCode, isUpperCode, isWordCode } from './ascii-scan.js';
import { rememberLastTwo } from './bounded-memo.js';

/** String methods called through `String.prototype`, as hot code must: see ascii-scan.ts. */
const { charCodeAt, slice, indexOf } = String.prototype;
/** Taken once: `Buffer` has many properties, so reading one from it is a slow generic look-up on every call. */
const { byteLength } = Buffer;

/** Zero-width space/joiners, word joiner, BOM and the soft hyphen: invisible, used to defeat matching. */
const INVISIBLE_RE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** A word that mixes Latin letters or digits with Cyrillic or Greek letters. */
const MIXED_SCRIPT_WORD_RE = /[\p{L}\p{N}]*[\u0370-\u03ff\u0400-\u04ff][\p{L}\p{N}]*/gu;
const LATIN_OR_DIGIT_RE = /[A-Za-z0-9]/;
const GREEK_OR_CYRILLIC_RE = /[\u0370-\u03ff\u0400-\u04ff]/;

/** Cyrillic and Greek capitals and small letters that render like a Latin letter. */
const CONFUSABLES: Readonly<Record<string, string>> = {
  // Cyrillic
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y',
  І: 'I', Ј: 'J', Ѕ: 'S', а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's',
  // Greek
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T',
  Υ: 'Y', Χ: 'X', ο: 'o', ι: 'i', κ: 'k', ν: 'v', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
};

/** Shorter texts are checked anew: the check costs less than comparing them with the remembered ones. */
const REMEMBERED_LENGTH = 24;

/**
 * Every character below U+0080: exactly when UTF-8 takes one byte per character (any other character, a lone
 * surrogate included, takes two or more). Node counts UTF-8 bytes in native code, at a third of the
 * instructions of a regular expression's search for a non-ASCII character.
 */
function allAscii(text: string): boolean {
  return byteLength(text, 'utf8') === text.length;
}

/** A listing's title and description each pass several normalisers: their answers are remembered. */
const rememberedAllAscii = rememberLastTwo(allAscii);

/** Whether the text is plain 7-bit ASCII (the fast path of every normaliser). */
export function isAscii(text: string): boolean {
  return text.length < REMEMBERED_LENGTH ? allAscii(text) : rememberedAllAscii(text);
}

/**
 * NFKC (full-width and compatibility forms to their plain letters) with invisible characters removed.
 * @example foldWidth('ＡＢＣ\u200b１２３') // 'ABC123'
 */
export function foldWidth(text: string): string {
  if (isAscii(text)) return text;
  return text.normalize('NFKC').replace(INVISIBLE_RE, '');
}

/**
 * Replaces Cyrillic/Greek look-alikes by Latin letters, but only inside words that also hold Latin letters
 * or digits, so genuine Russian or Greek words are left alone.
 * @example foldConfusables('А1263 модель') // 'A1263 модель' (the first А is Cyrillic)
 */
export function foldConfusables(text: string): string {
  if (!GREEK_OR_CYRILLIC_RE.test(text)) return text;
  return text.replace(MIXED_SCRIPT_WORD_RE, (word) => {
    if (!LATIN_OR_DIGIT_RE.test(word)) return word;
    let out = '';
    for (const ch of word) out += CONFUSABLES[ch] ?? ch;
    return out;
  });
}

/** A capital I inside or ending a lower-case word, or after a word's capital initial: an l in disguise (HaIImark, ContinentaI, EIectronics). */
const CAPITAL_I_AS_L = /(?<=\p{Ll})I+(?=\p{Ll}|$|[^\p{L}\p{N}])|(?<=(?:^|[^\p{L}\p{N}])\p{Lu})I+(?=\p{Ll}{2})/gu;

/**
 * Where CAPITAL_I_AS_L, read on ASCII text, starts turning the run of capital I's `start`..`end` into l's:
 * `start`, `start + 1` (a word's own initial I stays), or -1 for none. Only the two characters on each side count.
 */
function capitalIRunFrom(text: string, start: number, end: number): number {
  const before = charCodeAt.call(text, start - 1);
  const after = charCodeAt.call(text, end);
  if (isLowerCode(before)) return isUpperCode(after) || isDigitCode(after) ? -1 : start;
  const twoLower = isLowerCode(after) && isLowerCode(charCodeAt.call(text, end + 1));
  if (isUpperCode(before)) return twoLower && !isWordCode(charCodeAt.call(text, start - 2)) ? start : -1;
  if (isWordCode(before)) return -1;
  return twoLower && end - start >= 2 ? start + 1 : -1;
}

/** CAPITAL_I_AS_L's replacement for ASCII text, one run of I's at a time, without the regular expression. */
function foldAsciiCapitalI(text: string, first: number): string {
  let out = '';
  let copied = 0;
  let start = first;
  while (start >= 0) {
    let end = start + 1;
    while (charCodeAt.call(text, end) === 73) end++;
    const from = capitalIRunFrom(text, start, end);
    if (from >= 0) {
      out += slice.call(text, copied, from) + 'l'.repeat(end - from);
      copied = end;
    }
    start = indexOf.call(text, 'I', end);
  }
  return copied === 0 ? text : out + slice.call(text, copied);
}

/**
 * Undoes the commonest brand disguise, a capital I for a lower-case l, before case is folded away. Words in
 * capitals, model numbers (A1263, AI263) and a real I at a word's start are left alone.
 * @example foldCapitalI('HaIImark EIectronics iPhone IKEA') // 'Hallmark Electronics iPhone IKEA'
 */
export function foldCapitalI(text: string): string {
  const first = indexOf.call(text, 'I');
  if (first < 0) return text;
  if (isAscii(text)) return foldAsciiCapitalI(text, first);
  return text.replace(CAPITAL_I_AS_L, (run) => 'l'.repeat(run.length));
}
