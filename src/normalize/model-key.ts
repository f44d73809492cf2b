import { foldConfusables, foldWidth, isAscii } from './unicode.js';
import { isQuantityToken } from './quantity.js';

/** String methods called through `String.prototype`, as hot code must: see ascii-scan.ts. */
const charCodeAt = String.prototype.charCodeAt;

const NON_ALNUM_RE = /[^\p{L}\p{N}]+/gu;
const HOMOGLYPH_RE = /[oil]/g;
const LATIN_LETTER_RE = /[a-z]/;
const DIGIT_RE = /[0-9]/;
const WHITESPACE_RE = /\s+/g;
const INNER_SEPARATORS_RE = /[-/.]/g;
const COMPACT_MODEL_RE = /^[A-Za-z0-9]{3,24}$/;
const LETTER_RE = /[A-Za-z]/;

/**
 * {@link modelKey} of text known to be plain ASCII, in one pass: letters lowered, digits kept, the rest dropped,
 * then o→0, i/l→1 when the key mixes letters and digits.
 * @example asciiModelKey('AI-263') // 'a1263'
 */
export function asciiModelKey(raw: string): string {
  let key = '';
  let letters = false;
  let digits = false;
  let homoglyphs = false;
  for (let i = 0; i < raw.length; i++) {
    let code = charCodeAt.call(raw, i);
    if (code >= 65 && code <= 90) code += 32;
    if (code >= 97 && code <= 122) {
      letters = true;
      if (code === 111 || code === 105 || code === 108) homoglyphs = true;
    } else if (code >= 48 && code <= 57) {
      digits = true;
    } else {
      continue;
    }
    key += String.fromCharCode(code);
  }
  return letters && digits && homoglyphs ? key.replace(HOMOGLYPH_RE, (ch) => (ch === 'o' ? '0' : '1')) : key;
}

function foldHomoglyphs(key: string): string {
  if (!DIGIT_RE.test(key) || !LATIN_LETTER_RE.test(key)) return key;
  return key.replace(HOMOGLYPH_RE, (ch) => (ch === 'o' ? '0' : '1'));
}

/**
 * The match key of a model number: compatibility forms folded (full-width, Cyrillic/Greek look-alikes),
 * invisible characters and every non-alphanumeric dropped, lower case, and in keys mixing letters and
 * digits the look-alikes o→0, i→1, l→1 folded. Idempotent.
 * @example modelKey('BS-30KP365') // 'bs30kp365'
 * @example modelKey('AI263') === modelKey('Al263') // true, both 'a1263'
 */
export function modelKey(raw: string): string {
  if (isAscii(raw)) return asciiModelKey(raw);
  let key = raw;
  // dropping punctuation can bring Hangul jamo together that NFKC then composes, so repeat until stable
  for (let pass = 0; pass < 4; pass++) {
    const next = foldConfusables(foldWidth(key).replace(NON_ALNUM_RE, '')).toLowerCase().replace(NON_ALNUM_RE, '');
    if (next === key) break;
    key = next;
  }
  return foldHomoglyphs(key);
}

/**
 * A model number as shown to people: compatibility forms folded, invisible characters dropped,
 * whitespace collapsed, case kept.
 * @example modelDisplay('  ＰＡＣ２０-272 ') // 'PAC20-272'
 */
export function modelDisplay(raw: string): string {
  return foldWidth(raw).replace(WHITESPACE_RE, ' ').trim();
}

/**
 * Whether a title token plausibly is a model number: after dropping inner `-`, `/`, `.` it is 3-24 Latin
 * letters and digits, mixes both, and is not a quantity, unit, size or rating ("10000mAh", "65W", "3in1",
 * "USB3", "1080p"). Pure numbers are not model-like here.
 * @example isModelLike('BS-30KP365') // true
 * @example isModelLike('20000mAh') // false
 */
export function isModelLike(token: string): boolean {
  const folded = isAscii(token) ? token : foldConfusables(foldWidth(token));
  if (!DIGIT_RE.test(folded)) return false;
  const compact = folded.replace(INNER_SEPARATORS_RE, '');
  if (!COMPACT_MODEL_RE.test(compact) || !LETTER_RE.test(compact)) return false;
  return !isQuantityToken(compact.toLowerCase());
}
