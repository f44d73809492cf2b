import { foldConfusables, foldWidth, isAscii } from './unicode.js';
import { isModelLike, modelKey } from './model-key.js';
import { isQuantityToken } from './quantity.js';

export { isModelLike, modelDisplay, modelKey } from './model-key.js';

/** Latin/digit words, keeping inner `-`, `/`, `.`, `_` joins: "BS-30KP365", "A1263/A1268", "v2.1". */
const TOKEN_RE = /[A-Za-z0-9]+(?:[-/._][A-Za-z0-9]+)*/g;
/** Words that introduce a model number on their own ("model 8361", "item 5502", "SKU 1120"). */
const KEYWORDS = new Set(['model', 'models', 'mod', 'item', 'items', 'sku', 'skus']);
/** Words that introduce one only when followed by "no."/"number"/"#" ("style number BM02545"). */
const QUALIFIED_KEYWORDS = new Set(['style', 'part', 'art', 'ref', 'cat', 'catalog', 'type', 'product']);
const NUMBER_WORDS = new Set(['no', 'nos', 'nr', 'num', 'number', 'numbers']);
/** Chinese "model"/"item number" right before a token: 型号 A1263, 货号：8361. */
const CJK_KEYWORD_RE = /(?:型号|型號|货号|貨號|编号|編號|款号|款號)\s*[:#]?\s*$/;
/** What may sit between a keyword, its "no." and the value. */
const KEYWORD_GAP_RE = /^[\s.:#=()-]*$/;
/** What may separate values of a list after a keyword. */
const LIST_GAP_RE = /^\s*(?:[,;/&]|,?\s*and|,?\s*or)\s*$/i;
const CONJUNCTIONS = new Set(['and', 'or']);
const SPACED_DASH_RE = /^\s*[-\u2010-\u2015]\s*$/;
const SHORT_UPPER_PREFIX_RE = /^[A-Z]{1,3}$/;
const SHORT_LETTER_PREFIX_RE = /^[A-Za-z]{1,4}$/;
const STARTS_WITH_DIGIT_RE = /^\d/;
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
    tokens.push({ text: m[0], lower: m[0].toLowerCase(), gap: text.slice(end, m.index) });
    end = m.index + m[0].length;
  }
  return tokens;
}

function isAmount(token: Token): boolean {
  return isQuantityToken(token.lower.replace(INNER_SEPARATORS_RE, ''));
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

class CandidateSet {
  readonly byKey = new Map<string, string>();

  add(display: string): void {
    const key = modelKey(display);
    if (key.length >= 2 && !this.byKey.has(key)) this.byKey.set(key, display);
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

function addTokensAndJoins(tokens: readonly Token[], found: CandidateSet): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (isModelLike(token.text)) found.add(token.text);
    if (token.text.includes('/')) {
      for (const part of token.text.split('/')) if (isModelLike(part)) found.add(part);
    }
    const prev = tokens[i - 1];
    if (prev === undefined || !STARTS_WITH_DIGIT_RE.test(token.text) || isAmount(token)) continue;
    if (SPACED_DASH_RE.test(token.gap) && (isModelLike(prev.text) || SHORT_LETTER_PREFIX_RE.test(prev.text))) {
      const joined = `${prev.text}-${token.text}`;
      if (isModelLike(joined)) found.add(joined);
    } else if (token.gap === ' ' && SHORT_UPPER_PREFIX_RE.test(prev.text) && token.text.length >= 3) {
      const joined = `${prev.text} ${token.text}`;
      if (isModelLike(joined.replace(' ', ''))) found.add(joined);
    }
  }
}

/** "A 1 2 6 3": three or more single letters or digits one space apart. */
function addSpacedOut(tokens: readonly Token[], found: CandidateSet): void {
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    while (j < tokens.length && tokens[j]?.text.length === 1 && (j === i || tokens[j]?.gap === ' ')) j++;
    if (j - i >= 3) {
      const joined = tokens.slice(i, j).map((t) => t.text).join('');
      if (isModelLike(joined)) found.add(joined);
    }
    i = Math.max(j, i + 1);
  }
}

/**
 * Model-number candidates in free text (a listing title or description), as display strings deduplicated
 * by {@link modelKey}: values after "model", "model no.", "item", "SKU", "style no.", 型号, 货号 (pure
 * numbers and lists included), model-like tokens ("BS-30KP365", "AI263"), a short letter prefix set apart
 * from its digits ("PAC20 - 272" → "PAC20-272", "A 1263"), and spaced-out characters ("A 1 2 6 3").
 * Keyword values come first, then the rest in text order.
 * @example extractModelCandidates('ROMOSS 20000mAh Power Bank PAC20 - 272, model 8361')
 *   // ['8361', 'PAC20-272']
 */
export function extractModelCandidates(text: string): string[] {
  const folded = isAscii(text) ? text : foldConfusables(foldWidth(text));
  const tokens = scanTokens(folded);
  const found = new CandidateSet();
  addKeywordValues(tokens, found, folded !== text || !isAscii(folded));
  addTokensAndJoins(tokens, found);
  addSpacedOut(tokens, found);
  return [...found.byKey.values()];
}
