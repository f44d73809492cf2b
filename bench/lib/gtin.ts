import type { Rng } from './prng.js';

/**
 * The GS1 check digit for a GTIN body (every digit but the last): weights 3 and 1 alternate from the
 * right-most body digit.
 * @example gtinCheckDigit('03600029145') === 2   // UPC-A 036000291452
 */
export function gtinCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/** Whether a string of 8, 12, 13 or 14 digits carries a correct check digit. */
export function isValidGtin(code: string): boolean {
  if (!/^(\d{8}|\d{12,14})$/.test(code)) return false;
  return gtinCheckDigit(code.slice(0, -1)) === Number(code.at(-1));
}

/**
 * A random GTIN with a valid check digit: a UPC-A (12 digits) or an EAN-13.
 * @example randomGtin(new Rng(1), 13)   // e.g. '6901234567892'
 */
export function randomGtin(rng: Rng, length: 12 | 13): string {
  const prefix = length === 13 ? rng.pick(['690', '692', '693', '400', '500', '871', '880']) : rng.pick(['0', '6', '8']);
  let body = prefix;
  while (body.length < length - 1) body += String(rng.int(0, 9));
  return body + String(gtinCheckDigit(body));
}
