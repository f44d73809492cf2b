import type { Measure } from './case-state.js';

/**
 * Whether measure `a` blocks at least everything `b` blocks: removal covers any measure; a restriction
 * covers another when it names each of the other's markets, or the country of a subdivision (`US` covers `US-CA`).
 * `EU` is a market of its own here: it does not expand to member states.
 * @example covers({ kind: 'remove' }, { kind: 'restrict', jurisdictions: ['US'] }) // true
 */
export function covers(a: Measure, b: Measure): boolean {
  if (a.kind === 'remove') return true;
  if (b.kind === 'remove') return false;
  return b.jurisdictions.every((code) => blocksMarket(a.jurisdictions, code));
}

/**
 * Whether `a` blocks strictly more than `b`.
 * @example isStronger({ kind: 'restrict', jurisdictions: ['CA', 'US'] }, { kind: 'restrict', jurisdictions: ['US'] }) // true
 */
export function isStronger(a: Measure, b: Measure): boolean {
  return covers(a, b) && !covers(b, a);
}

/**
 * Whether a set of blocked jurisdictions blocks sale into `market` (a country, a subdivision, or `EU`).
 * @example blocksMarket(['US'], 'US-CA') // true
 */
export function blocksMarket(blocked: readonly string[], market: string): boolean {
  const code = market.toUpperCase();
  const country = code.split('-')[0] ?? code;
  return blocked.includes(code) || blocked.includes(country);
}

/**
 * A measure in words, for messages.
 * @example describeMeasure({ kind: 'restrict', jurisdictions: ['CA', 'US'] }) // 'restriction in CA, US'
 */
export function describeMeasure(measure: Measure): string {
  return measure.kind === 'remove' ? 'removal' : `restriction in ${measure.jurisdictions.join(', ')}`;
}
