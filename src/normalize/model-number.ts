import { isDigitCode, isJoinCode, isWordCode, tokenEnd, tokenStart } from './ascii-scan.js';
import { digitRuns } from './digit-runs.js';
import { foldConfusables, foldWidth, isAscii } from './unicode.js';
import { asciiModelKey, isModelLike, modelKey } from './model-key.js';
import { isQuantityToken, isUnitWord } from './quantity.js';
import { followsIntroducer, isSpacedSingle, KEYWORDS, NUMBER_WORDS, QUALIFIED_KEYWORDS } from './model-pretests.js';

/** String methods called through `String.prototype`, as hot code must: see ascii-scan.ts. */
const { charCodeAt, slice, toLowerCase } = String.prototype;

export { isModelLike, modelDisplay, modelKey } from './model-key.js';

/** Latin/digit words, keeping inner `-`, `/`, `.`, `_` joins: "BS-30KP365", "A1263/A1268", "v2.1". */
const TOKEN_RE = /[A-Za-z0-9]+(?:[-/._][A-Za-z0-9]+)*/g;
/** Three or more single letters or digits one space apart: "A 1 2 6 3". */
const SPACED_OUT_RE =
  /(?<![A-Za-z0-9]|[A-Za-z0-9][-/._])[A-Za-z0-9](?: [A-Za-z0-9](?![A-Za-z0-9]|[-/._][A-Za-z0-9])){2,}/g;
const SPACES_RE = / /g;
/** Any keyword wording, in any script; run on ASCII text only when a digit token follows an introducer (see followsIntroducer). */
const KEYWORD_HINT_RE =
  /\b(?:models?|mod|items?|skus?)\b|\b(?:style|part|art|ref|cat|catalog|type|product)\.?\s*(?:no|nos|nr|num|numbers?|#)|型号|型號|货号|貨號|编号|編號|款号|款號/i;
/** Chinese "model"/"item number" right before a token: 型号 A1263, 货号：8361. */
const CJK_KEYWORD_RE = /(?:型号|型號|货号|貨號|编号|編號|款号|款號)\s*[:#]?\s*$/;
/** What may sit between a keyword, its "no." and the value. */
const KEYWORD_GAP_RE = /^[\s.:#=()-]*$/;
/** What may separate values of a list after a keyword. */
const LIST_GAP_RE = /^\s*(?:[,;/&]|,?\s*and|,?\s*or)\s*$/i;
const CONJUNCTIONS = new Set(['and', 'or']);
const SHORT_PREFIX_RE = /^[A-Za-z]{1,3}$/;
/** Short words that precede a number in ordinary English: "of 100", "in 2024", "up to 500". */
const NOT_PREFIXES = new Set(['an', 'of', 'in', 'to', 'at', 'on', 'by', 'up', 'or', 'is', 'as', 'the', 'and', 'for', 'x',
  'no', 'nos', 'set', 'buy', 'get', 'fit', 'fits', 'per', 'pk', 'qty', 'usd', 'eur', 'rmb', 'cny', 'us']);
const YEAR_RE = /^(?:19|20)\d\d$/;
const NEXT_WORD_RE = /^\s*([A-Za-z]+)/;
const SHORT_LETTER_PREFIX_RE = /^[A-Za-z]{1,4}$/;
const DIGITS_RE = /^\d+$/;
const HAS_DIGIT_RE = /\d/;
const INNER_SEPARATORS_RE = /[-/._]/g;
const MAX_LIST_VALUES = 12;

interface Token {
  readonly text: string;
  readonly lower: string;
  readonly gap: string;
}

function scanTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let end = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    tokens.push({ text: m[0], lower: m[0].toLowerCase(), gap: slice.call(text, end, m.index) });
    end = m.index + m[0].length;
  }
  return tokens;
}

/** A value introduced by a keyword: anything with a digit except amounts; pure numbers need 3+ digits. */
function isKeywordValue(token: Token): boolean {
  if (!HAS_DIGIT_RE.test(token.text)) return false;
  const compact = token.lower.replace(INNER_SEPARATORS_RE, '');
  if (DIGITS_RE.test(compact)) return compact.length >= 3;
  return compact.length >= 2 && !isQuantityToken(compact);
}

/** Index of the first value after a keyword at `i`, or -1 when `i` is no keyword. */
function valueStart(tokens: readonly Token[], i: number): number {
  const word = tokens[i]?.lower ?? '';
  const qualified = QUALIFIED_KEYWORDS.has(word);
  if (!qualified && !KEYWORDS.has(word)) return -1;
  let j = i + 1;
  let sawNumberWord = false;
  while (j < tokens.length && NUMBER_WORDS.has(tokens[j]?.lower ?? '') && KEYWORD_GAP_RE.test(tokens[j]?.gap ?? '')) {
    sawNumberWord = true;
    j++;
  }
  const gap = tokens[j]?.gap ?? '';
  if (qualified && !sawNumberWord && !gap.includes('#')) return -1;
  return j < tokens.length && KEYWORD_GAP_RE.test(gap) ? j : -1;
}

/** A model-number candidate found in text: as written, and its match key. */
export interface ModelMention {
  readonly display: string;
  readonly key: string;
}

/** Beyond this many candidates, a set also keeps a map of their keys (recall texts can list dozens of models). */
const LIST_SEARCH_MAX = 16;

/** Candidates by model key, in order: a text has few, so they are a list, searched until it grows long. */
class CandidateSet {
  readonly mentions: ModelMention[] = [];
  private byKey: Set<string> | undefined;

  /** `ascii`: the text is known to be plain ASCII, so its keys need no Unicode folding. */
  constructor(private readonly ascii: boolean) {}

  add(display: string): void {
    const key = this.ascii ? asciiModelKey(display) : modelKey(display);
    if (key.length < 2) return;
    this.addKeyed(key, display);
  }

  /** Another set's candidates after this one's: the same as adding them here in their order. */
  addAll(other: CandidateSet): void {
    for (const mention of other.mentions) if (!this.has(mention.key)) this.push(mention);
  }

  /** `key` is `display`'s model key, already known. */
  addKeyed(key: string, display: string): void {
    if (!this.has(key)) this.push({ key, display });
  }

  private has(key: string): boolean {
    if (this.byKey !== undefined) return this.byKey.has(key);
    for (const mention of this.mentions) if (mention.key === key) return true;
    return false;
  }

  private push(mention: ModelMention): void {
    this.mentions.push(mention);
    if (this.byKey !== undefined) this.byKey.add(mention.key);
    else if (this.mentions.length > LIST_SEARCH_MAX) this.byKey = new Set(this.mentions.map((each) => each.key));
  }
}

function addKeywordValues(tokens: readonly Token[], found: CandidateSet, cjk: boolean): void {
  for (let i = 0; i < tokens.length; i++) {
    let j = valueStart(tokens, i);
    if (j < 0 && cjk && CJK_KEYWORD_RE.test(tokens[i]?.gap ?? '')) j = i;
    for (let n = 0; j >= 0 && j < tokens.length && n < MAX_LIST_VALUES; n++, j++) {
      let token = tokens[j] as Token;
      if (n > 0) {
        if (CONJUNCTIONS.has(token.lower) && LIST_GAP_RE.test(`${token.gap}${token.lower}`)) {
          j++;
          token = tokens[j] ?? token;
          if (token.gap !== ' ') break;
        } else if (!LIST_GAP_RE.test(token.gap)) break;
      }
      if (!isKeywordValue(token)) break;
      found.add(token.text);
    }
  }
}

function isDashCode(code: number): boolean {
  return code === 45 || (code >= 0x2010 && code <= 0x2015);
}

function isBlankCode(code: number): boolean {
  return code === 32 || code === 9;
}

/** "A 1263" but not "a 1000 mAh", "of 100" or "in 2024". */
function isSpacedPrefix(word: string, token: string, after: string): boolean {
  if (!SHORT_PREFIX_RE.test(word) || token.length < 3 || NOT_PREFIXES.has(toLowerCase.call(word))) return false;
  if (YEAR_RE.test(token) || !isModelLike(`${word}${token}`)) return false;
  const next = NEXT_WORD_RE.exec(after)?.[1];
  return next === undefined || !isUnitWord(toLowerCase.call(next));
}

/** "PAC20 - 272" → "PAC20-272"; "A 1263" stays spaced (its key is a1263). */
function addJoinedWithPrevious(text: string, start: number, endOfToken: number, found: CandidateSet): void {
  const tokenLength = endOfToken - start;
  let end = start;
  while (end > 0 && isBlankCode(charCodeAt.call(text, end - 1))) end--;
  const spaced = end > 0 && !isDashCode(charCodeAt.call(text, end - 1));
  if (spaced && (end !== start - 1 || charCodeAt.call(text, end) !== 32)) return;
  if (!spaced) {
    end--;
    while (end > 0 && isBlankCode(charCodeAt.call(text, end - 1))) end--;
  }
  if (end === 0 || !isWordCode(charCodeAt.call(text, end - 1))) return;
  if (spaced) {
    // isSpacedPrefix's first tests (a 3+ character token after a word of 1-3), before any longer scan or cut
    if (tokenLength < 3 || (isWordCode(charCodeAt.call(text, end - 2)) && isWordCode(charCodeAt.call(text, end - 3))
      && isWordCode(charCodeAt.call(text, end - 4)))) return;
    const wordStart = tokenStart(text, end - 1);
    if (end - wordStart > 3) return;
    const word = slice.call(text, wordStart, end);
    const token = slice.call(text, start, endOfToken);
    if (isSpacedPrefix(word, token, slice.call(text, endOfToken, endOfToken + 12))) {
      found.add(`${word} ${token}`);
    }
    return;
  }
  const word = slice.call(text, tokenStart(text, end - 1), end);
  if (isModelLike(word) || SHORT_LETTER_PREFIX_RE.test(word)) {
    const joined = `${word}-${slice.call(text, start, endOfToken)}`;
    if (isModelLike(joined)) found.add(joined);
  }
}

const HAS_LETTER = 1;
const HAS_CAPITAL = 2;
const HAS_JOIN = 4;
const HAS_SLASH = 8;
/** o, i or l in either case, which {@link modelKey} reads as digits when letters and digits mix. */
const HAS_HOMOGLYPH = 16;

/** What the ASCII token `text[start, end)` is made of, in one pass over it; 0 for digits only. */
function tokenShape(text: string, start: number, end: number): number {
  let shape = 0;
  for (let i = start; i < end; i++) {
    const code = charCodeAt.call(text, i);
    if (code >= 65 && code <= 90) shape |= HAS_LETTER | HAS_CAPITAL;
    else if (code >= 97 && code <= 122) shape |= HAS_LETTER;
    else if (isJoinCode(code)) shape |= code === 47 ? HAS_JOIN | HAS_SLASH : HAS_JOIN;
    const lower = code | 32;
    if (lower === 111 || lower === 105 || lower === 108) shape |= HAS_HOMOGLYPH;
  }
  return shape;
}

/** Adds a token with letters or joins as a model candidate, and its parts around '/'; true for an amount. */
function addWordToken(token: string, shape: number, found: CandidateSet): boolean {
  const lower = (shape & HAS_CAPITAL) === 0 ? token : toLowerCase.call(token);
  const compact = (shape & HAS_JOIN) === 0 ? lower : lower.replace(INNER_SEPARATORS_RE, '');
  // same test as isModelLike, inlined: the token is ASCII letters and digits and holds a digit
  const modelSized = (shape & HAS_LETTER) !== 0 && compact.length >= 3 && compact.length <= 24;
  const amount = (modelSized || isDigitCode(charCodeAt.call(token, 0))) && isQuantityToken(compact);
  // an ASCII token's model key is its compact form, once look-alike letters are folded
  if (!amount && modelSized) found.addKeyed((shape & HAS_HOMOGLYPH) === 0 ? compact : asciiModelKey(token), token);
  if ((shape & HAS_SLASH) !== 0) {
    for (const part of token.split('/')) if (isModelLike(part)) found.add(part);
  }
  return amount;
}

/** The text holds a digit. */
const SAW_DIGIT = 1;
/** A digit token stood right after a keyword, "no." or "number". */
const SAW_INTRODUCER = 2;
/** A one-digit token stood one space from another single character. */
const SAW_SPACED_SINGLE = 4;

/**
 * Every token holding a digit; the scan jumps from digit to digit, skipping plain words. Returns what it saw
 * that the keyword and spaced-out scans need, so texts without it skip them.
 */
function addDigitTokens(text: string, found: CandidateSet): number {
  let seen = 0;
  const { bounds } = digitRuns(text);
  // the token around a run of digits may hold the next runs too: they are skipped
  let next = 0;
  for (let run = 0; run < bounds.length; run += 2) {
    const i = bounds[run] as number;
    if (i < next) continue;
    seen |= SAW_DIGIT;
    const start = tokenStart(text, i);
    const end = tokenEnd(text, i);
    const shape = tokenShape(text, start, end);
    // a plain number is no amount and no model on its own: only its join with a word before may count
    const amount = shape !== 0 && addWordToken(slice.call(text, start, end), shape, found);
    if (!amount && isDigitCode(charCodeAt.call(text, start))) addJoinedWithPrevious(text, start, end, found);
    if (followsIntroducer(text, start)) seen |= SAW_INTRODUCER;
    if (end - start === 1 && isSpacedSingle(text, start)) seen |= SAW_SPACED_SINGLE;
    next = end + 1;
  }
  return seen;
}

function addSpacedOut(text: string, found: CandidateSet): void {
  SPACED_OUT_RE.lastIndex = 0;
  for (let m = SPACED_OUT_RE.exec(text); m !== null; m = SPACED_OUT_RE.exec(text)) {
    const joined = m[0].replace(SPACES_RE, '');
    if (isModelLike(joined)) found.add(joined);
  }
}

/**
 * Model-number candidates in free text (a listing title or description), as display strings deduplicated
 * by {@link modelKey}: values after "model", "model no.", "item", "SKU", "style no.", 型号, 货号 (pure
 * numbers and lists included), model-like tokens ("BS-30KP365", "AI263"), a short letter prefix set apart
 * from its digits ("PAC20 - 272" → "PAC20-272", "A 1263"), and spaced-out characters ("A 1 2 6 3").
 * Keyword values come first, then the rest in text order.
 * @example extractModelCandidates('ROMOSS 20000mAh Power Bank PAC20 - 272, model 8361')
 *   // ['8361', 'PAC20', 'PAC20-272']
 */
export function extractModelCandidates(text: string): string[] {
  return extractModelMentions(text).map((mention) => mention.display);
}

const NO_MENTIONS: readonly ModelMention[] = [];

/**
 * {@link extractModelCandidates} with each candidate's {@link modelKey}, in the same order, for callers that need
 * the keys too.
 * @example extractModelMentions('Anker A1263 power bank') // [{ key: 'a1263', display: 'A1263' }]
 */
export function extractModelMentions(text: string): readonly ModelMention[] {
  const ascii = isAscii(text);
  const folded = ascii ? text : foldConfusables(foldWidth(text));
  let found = new CandidateSet(ascii);
  const seen = addDigitTokens(folded, found);
  if ((seen & SAW_DIGIT) === 0) return NO_MENTIONS;
  // keyword values come first: the rare text that has them starts again with them
  if ((!ascii || (seen & SAW_INTRODUCER) !== 0) && KEYWORD_HINT_RE.test(folded)) {
    const withKeywords = new CandidateSet(ascii);
    addKeywordValues(scanTokens(folded), withKeywords, !ascii);
    withKeywords.addAll(found);
    found = withKeywords;
  }
  // a spaced-out model holds a digit, and that digit is a one-character token of the run
  if ((seen & SAW_SPACED_SINGLE) !== 0) addSpacedOut(folded, found);
  return found.mentions.length === 0 ? NO_MENTIONS : found.mentions;
}
