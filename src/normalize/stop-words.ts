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

/** Per ASCII character: a bit for each stop-word length (modulo 32) with that character at the position read. */
function lengthBits(charAt: (word: string) => number): Int32Array {
  const bits = new Int32Array(128);
  for (const word of STOP_WORDS) {
    const code = charAt(word);
    if (code < 128) bits[code] = (bits[code] ?? 0) | (1 << word.length);
  }
  return bits;
}

const LENGTHS_BY_FIRST = lengthBits((word) => word.charCodeAt(0));
const LENGTHS_BY_LAST = lengthBits((word) => word.charCodeAt(word.length - 1));

/**
 * False when `text.slice(start, end)` cannot be a stop word, told by its length and its first and last
 * characters without slicing or hashing it; true means only "look it up in {@link STOP_WORDS}".
 * @example mayBeStopWord('usb charger', 4, 11) // false: no seven-letter stop word starts with "c"
 */
export function mayBeStopWord(text: string, start: number, end: number): boolean {
  const bit = 1 << (end - start);
  // beyond ASCII the tables say nothing (undefined), so the set decides
  const first = LENGTHS_BY_FIRST[text.charCodeAt(start)] ?? -1;
  const last = LENGTHS_BY_LAST[text.charCodeAt(end - 1)] ?? -1;
  return (first & bit) !== 0 && (last & bit) !== 0;
}
