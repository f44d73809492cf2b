/** String methods called through `String.prototype`, as hot code must: see ascii-scan.ts. */
const charCodeAt = String.prototype.charCodeAt;

/**
 * Words that carry no product identity: English function words, marketplace filler and a few Chinese
 * filler phrases. "for" is deliberately absent: "charger for iPhone" and "iPhone charger" differ.
 * @example STOP_WORDS.has('genuine') // true
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // English function words
  'a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'by', 'from', 'with', 'without', 'into', 'onto',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'it', 'its', 'this', 'that', 'these', 'those',
  'as', 'but', 'if', 'so', 'than', 'then', 'too', 'very', 'can', 'will', 'just', 'our', 'your', 'you', 'we',
  'my', 'me', 'he', 'she', 'they', 'them', 'their', 'his', 'her', 'has', 'have', 'had', 'do', 'does', 'did',
  'all', 'any', 'each', 'more', 'most', 'other', 'some', 'such', 'only', 'own', 'same', 'also', 'via', 'per',
  'up', 'out', 'off', 'over', 'under', 'about', 'etc',
  // marketplace filler
  'new', 'newest', 'latest', 'hot', 'sale', 'sales', 'selling', 'seller', 'bestseller', 'best', 'top', 'free',
  'shipping', 'ship', 'ships', 'shipped', 'delivery', 'fast', 'quick', 'cheap', 'discount', 'deal', 'deals',
  'offer', 'promo', 'promotion', 'clearance', 'wholesale', 'original', 'genuine', 'authentic', 'official',
  'brand', 'branded', 'quality', 'high', 'premium', 'stock', 'instock', 'arrival', 'arrivals', 'upgraded',
  'upgrade', 'version', 'edition', 'gift', 'gifts', 'lot', 'lots', 'pcs', 'pc', 'piece', 'pieces',
  '2023', '2024', '2025', '2026',
  // Chinese filler
  '包邮', '正品', '新款', '热卖', '现货', '特价', '促销', '爆款', '官方', '正版', '原装', '批发',
]);

/** Per pair of ASCII first and last characters: a bit for each stop-word length (modulo 32) with those ends. */
const LENGTHS_BY_ENDS = new Int32Array(128 * 128);
for (const word of STOP_WORDS) {
  const first = charCodeAt.call(word, 0);
  const last = charCodeAt.call(word, word.length - 1);
  const ends = (first << 7) | last;
  if ((first | last) < 128) LENGTHS_BY_ENDS[ends] = (LENGTHS_BY_ENDS[ends] ?? 0) | (1 << word.length);
}

/**
 * False when `text.slice(start, end)` cannot be a stop word, told by its length and its first and last
 * characters without slicing or hashing it; true means only "look it up in {@link STOP_WORDS}".
 * @example mayBeStopWord('usb charger', 4, 11) // false: no seven-letter stop word runs from "c" to "r"
 */
export function mayBeStopWord(text: string, start: number, end: number): boolean {
  const first = charCodeAt.call(text, start);
  const last = charCodeAt.call(text, end - 1);
  // beyond ASCII the table says nothing, so the set decides
  if ((first | last) >= 128) return true;
  return ((LENGTHS_BY_ENDS[(first << 7) | last] ?? 0) & (1 << (end - start))) !== 0;
}
