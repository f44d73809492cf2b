import type { Feature } from '../algorithm.js';

const NUMBERISH = /^\d*[a-z]*\d{2,}[a-z]*$|^\d+(?:\.\d+)?k$/;
const THOUSANDS = /^(\d+(?:\.\d+)?)k$/;

function canonicalNumber(token: string): string {
  const thousands = THOUSANDS.exec(token);
  return thousands ? String(Math.round(Number(thousands[1]) * 1000)) : token;
}

function numbersOf(tokens: readonly string[]): Set<string> {
  const numbers = new Set<string>();
  for (const token of tokens) if (NUMBERISH.test(token)) numbers.add(canonicalNumber(token));
  return numbers;
}

export const numberConflict: Feature = {
  name: 'number_conflict',
  description: "Negative evidence: the recalled product's name carries a number (a capacity, size or series such as 10000 or 3000X) and the listing carries only different ones (20000, 24K).",
  compare(listing, product) {
    const recalled = numbersOf(product.nameTokens);
    if (recalled.size === 0) return undefined;
    const listed = numbersOf(listing.tokens);
    if (listed.size === 0) return undefined;
    for (const number of listed) if (recalled.has(number)) return undefined;
    return { score: 1, detail: `listing says ${[...listed].slice(0, 3).join(', ')}; recalled "${product.name}"` };
  },
};
