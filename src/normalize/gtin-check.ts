import { RecallguardError } from '../errors/index.js';

/** String methods called through `String.prototype`, as hot code must: see ascii-scan.ts. */
const charCodeAt = String.prototype.charCodeAt;

const DIGITS_RE = /^\d+$/;
/** Separators people put inside printed barcodes numbers. */
const SEPARATORS_RE = /[\s\-.\u2010-\u2015]+/g;

/**
 * The GS1 mod-10 check digit of a digit string given without its check digit.
 * @example gtinCheckDigit('03600029145') // 2 (UPC-A 036000291452)
 */
export function gtinCheckDigit(body: string): number {
  if (!DIGITS_RE.test(body)) {
    throw new RecallguardError('RG_ERR_BAD_INPUT', `GTIN body must be digits only, got "${body}"`);
  }
  return checkDigitOf(body, body.length);
}

/** The check digit of the first `length` characters of `digits`, known to be digits. */
function checkDigitOf(digits: string, length: number): number {
  let sum = 0;
  let weight = 3;
  for (let i = length - 1; i >= 0; i--) {
    sum += (charCodeAt.call(digits, i) - 48) * weight;
    weight = 4 - weight;
  }
  return (10 - (sum % 10)) % 10;
}

/** `code`, all digits, ends with the check digit of the rest. */
function verifies(code: string): boolean {
  return checkDigitOf(code, code.length - 1) === charCodeAt.call(code, code.length - 1) - 48;
}

function toGtin14(code: string): string {
  return code.padStart(14, '0');
}

/**
 * The 12-digit UPC-A behind a UPC-E code: 8 digits (number system 0 or 1, six digits, check digit) or the
 * bare 6-digit core (number system 0, check digit computed). Undefined when it does not verify.
 */
function expandUpcE(code: string): string | undefined {
  const core = code.length === 6 ? code : code.slice(1, 7);
  const system = code.length === 6 ? '0' : code.charAt(0);
  if (system !== '0' && system !== '1') return undefined;
  const [d1, d2, d3, d4, d5, d6] = core;
  let body: string;
  if (d6 === '0' || d6 === '1' || d6 === '2') body = `${system}${d1}${d2}${d6}0000${d3}${d4}${d5}`;
  else if (d6 === '3') body = `${system}${d1}${d2}${d3}00000${d4}${d5}`;
  else if (d6 === '4') body = `${system}${d1}${d2}${d3}${d4}00000${d5}`;
  else body = `${system}${d1}${d2}${d3}${d4}${d5}0000${d6}`;
  const check = checkDigitOf(body, body.length);
  if (code.length === 8 && check !== charCodeAt.call(code, 7) - 48) return undefined;
  return `${body}${check}`;
}

function digitsOf(raw: string): string | undefined {
  // most codes come as bare digits, which trimming and dropping separators would leave as they are
  const bare = DIGITS_RE.test(raw);
  let digits = bare ? raw : raw.trim().replace(SEPARATORS_RE, '');
  if (!bare && !DIGITS_RE.test(digits)) return undefined;
  if (digits.length > 14) {
    const excess = digits.length - 14;
    if (!/^0+$/.test(digits.slice(0, excess))) return undefined;
    digits = digits.slice(excess);
  }
  return digits;
}

/**
 * Every GTIN-14 the code can stand for, most likely reading first. An 8-digit code is read as UPC-E and
 * as EAN-8; an 11-digit code as a UPC-A without its check digit and as a UPC-A whose leading zero was
 * lost (spreadsheets do that).
 */
function readings(digits: string): string[] {
  switch (digits.length) {
    case 6: {
      const upcA = expandUpcE(digits);
      return upcA === undefined ? [] : [toGtin14(upcA)];
    }
    case 8: {
      const out: string[] = [];
      const upcA = expandUpcE(digits);
      if (upcA !== undefined) out.push(toGtin14(upcA));
      if (verifies(digits)) out.push(toGtin14(digits));
      return out;
    }
    case 11: {
      const out = [toGtin14(`${digits}${checkDigitOf(digits, digits.length)}`)];
      if (verifies(digits)) out.push(toGtin14(digits));
      return out;
    }
    case 12:
    case 13:
    case 14:
      return verifies(digits) ? [toGtin14(digits)] : [];
    default:
      return [];
  }
}

/**
 * The canonical 14-digit GTIN of a UPC-A, EAN-13, EAN-8, GTIN-14, UPC-E (8 digits, or its 6-digit core)
 * or an 11-digit UPC quoted without its check digit; spaces, dashes and dots are ignored. An 8-digit code
 * that verifies both ways is read as UPC-E (EAN-8 numbers starting 0 are for restricted circulation).
 * Undefined when the check digit does not verify or the length fits no symbology.
 * @example normalizeGtin('0 12345 67890 5') // '00012345678905'
 */
export function normalizeGtin(raw: string): string | undefined {
  const digits = digitsOf(raw);
  return digits === undefined ? undefined : readings(digits)[0];
}

/**
 * Every valid GTIN-14 reading of a code, deduplicated: an 8-digit code may verify as both UPC-E and
 * EAN-8, an 11-digit code is both a check-digit-less UPC-A and possibly a UPC-A that lost its leading zero.
 * @example gtinCandidates('04252614') // ['00042100005264'] (plus the EAN-8 reading when it verifies)
 */
export function gtinCandidates(raw: string): string[] {
  const digits = digitsOf(raw);
  if (digits === undefined) return [];
  const found = readings(digits);
  // only the 8- and 11-digit readings come in twos
  return found.length < 2 ? found : [...new Set(found)];
}

const UNREADABLE_CODE_RE = /^\d{8,14}$/;

/**
 * The digits of a published barcode that is no valid GTIN (a UPC quoted without its number system and check
 * digit, a bad check digit), 8–14 of them, for exact comparison with the same digits elsewhere; undefined for
 * a code that {@link normalizeGtin} reads, or anything else.
 * @example unreadableBarcode('21709-52206') // '2170952206'
 */
export function unreadableBarcode(raw: string): string | undefined {
  const digits = raw.replace(/[\s.-]/g, '');
  if (!UNREADABLE_CODE_RE.test(digits) || normalizeGtin(digits) !== undefined) return undefined;
  return digits;
}
