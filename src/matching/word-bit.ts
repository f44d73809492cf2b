/** String methods called through `String.prototype`, as hot code must: see ascii-scan.ts. */
const charCodeAt = String.prototype.charCodeAt;

/**
 * One of 32 bits, from a word's length and its first and last characters: or-ed over a few words, a filter that
 * turns most other words away before any string is compared or hashed (a word whose bit is not set is not there).
 * @example (wordBit('anker') | wordBit('bank')) & wordBit('cable') // 0 unless 'cable' shares a bit
 */
export function wordBit(word: string): number {
  return 1 << ((word.length * 7 + charCodeAt.call(word, 0) + charCodeAt.call(word, word.length - 1)) & 31);
}

/** The or-ed {@link wordBit}s of `words`. */
export function wordFilter(words: readonly string[], start = 0): number {
  let filter = start;
  for (let i = 0; i < words.length; i += 1) filter |= wordBit(words[i] as string);
  return filter;
}
