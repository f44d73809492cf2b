import { gtinCheckDigit } from '../../src/normalize/index.js';
import type { Rng } from './prng.js';

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
