import type { Feature } from '../algorithm.js';
import { hasExactModel } from './model-match.js';

/** A quantity token: digits with an optional short unit (10000, 10000mah, 24k, 3000x, 65w). */
const QUANTITY = /^(\d{2,}(?:\.\d+)?)(k?)[a-z]{0,3}$/;

function numbersOf(tokens: readonly string[]): Set<number> {
  const numbers = new Set<number>();
  for (const token of tokens) {
    const match = QUANTITY.exec(token);
    if (match) numbers.add(Math.round(Number(match[1]) * (match[2] ? 1000 : 1)));
  }
  return numbers;
}

export const numberConflict: Feature = {
  name: 'number_conflict',
  description: "Negative evidence: the recalled product's name carries a number (a capacity, size or series such as 10000 or 3000X) and the listing carries only different ones (20000, 24K).",
  compare(listing, product) {
    if (hasExactModel(listing, product)) return undefined;
    const recalled = numbersOf(product.nameTokens);
    if (recalled.size === 0) return undefined;
    const listed = numbersOf(listing.tokens);
    if (listed.size === 0) return undefined;
    for (const number of listed) if (recalled.has(number)) return undefined;
    return { score: 1, detail: `listing says ${[...listed].slice(0, 3).join(', ')}; recalled "${product.name}"` };
  },
};
