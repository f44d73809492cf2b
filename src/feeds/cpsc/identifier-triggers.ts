/**
 * What a trigger phrase announces: model numbers, retailer SKUs or item numbers, barcodes, model years,
 * or identifiers to be skipped (serial, lot and batch numbers, recall numbers) so no other rule takes them.
 */
export type TriggerKind = 'model' | 'sku' | 'upc' | 'year' | 'skip';

export interface TriggerMatch {
  readonly kind: TriggerKind;
  /** Number of tokens the phrase spans. */
  readonly length: number;
}

const NUMBER_WORDS = ['numbers', 'number', 'nos', 'no', 'nr', '#', 'codes', 'code'];

function phrases(heads: readonly string[], tails: readonly string[], alone: boolean): string[][] {
  const out: string[][] = [];
  for (const head of heads) {
    for (const tail of tails) out.push([head, tail]);
    if (alone) out.push([head]);
  }
  return out;
}

const TABLE: ReadonlyArray<readonly [TriggerKind, readonly (readonly string[])[]]> = [
  ['year', [['model', 'years'], ['model', 'year'], ['model-year'], ['model-years']]],
  ['skip', [['model', 'names'], ['model', 'name'], ['date', 'codes'], ['date', 'code'], ['dates', 'codes'], ['factory', 'code']]],
  ['skip', phrases(['serial', 'lot', 'batch', 'recall', 'vin', 'po', 'order'], NUMBER_WORDS, false)],
  ['skip', [['serial'], ['lots'], ['lot'], ['batches'], ['batch'], ['vin'], ['vins']]],
  ['upc', phrases(['upc', 'ean', 'gtin', 'barcode', 'ean-13', 'upc/ean'], NUMBER_WORDS, true)],
  ['upc', [['upcs'], ['gtins'], ['barcodes'], ['bar', 'codes'], ['bar', 'code'], ['ean', 'kódom'], ['ean', 'kód']]],
  ['sku', phrases(['sku', 'item', 'stock', 'dpci'], NUMBER_WORDS, false)],
  ['sku', [['skus'], ['sku'], ['dpci'], ['tcin'], ['asin'], ['art', 'no'], ['art', 'nr'], ['art', '#']]],
  ['model', phrases(['model', 'style', 'part', 'catalog', 'catalogue', 'cat', 'article', 'product', 'type'], NUMBER_WORDS, false)],
  ['model', phrases(['reference', 'ref', 'mpn'], NUMBER_WORDS, true)],
  ['model', [['models'], ['model'], ['styles'], ['style'], ['model/type'], ['model/typ'], ['modeltyp'], ['typ'], ['references']]],
];

const BY_FIRST_WORD: ReadonlyMap<string, ReadonlyArray<{ kind: TriggerKind; words: readonly string[] }>> = (() => {
  const map = new Map<string, { kind: TriggerKind; words: readonly string[] }[]>();
  for (const [kind, list] of TABLE) {
    for (const words of list) {
      const first = words[0] ?? '';
      const entries = map.get(first) ?? [];
      entries.push({ kind, words });
      map.set(first, entries);
    }
  }
  // Longest phrase first, so "model year" wins over "model".
  for (const entries of map.values()) entries.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

/**
 * The trigger phrase starting at `lower[index]` (tokens lower-cased), if any. `original` is consulted for
 * the one case-sensitive trigger: `MY 22` (model year), never the English word "my".
 * @example matchTrigger(['model', 'numbers', 'are'], ['model', 'numbers', 'are'], 0) // { kind: 'model', length: 2 }
 */
export function matchTrigger(lower: readonly string[], original: readonly string[], index: number): TriggerMatch | undefined {
  const first = lower[index];
  if (first === undefined) return undefined;
  if (original[index] === 'MY' && /^\d{2}(?:\d{2})?$/.test(original[index + 1] ?? '')) return { kind: 'year', length: 1 };
  const entries = BY_FIRST_WORD.get(first);
  if (entries === undefined) return undefined;
  for (const entry of entries) {
    if (entry.words.every((word, offset) => lower[index + offset] === word)) {
      return { kind: entry.kind, length: entry.words.length };
    }
  }
  return undefined;
}

/** Words that may sit between a trigger and its first identifier ("model numbers *are* …"). */
export const FILLERS: ReadonlySet<string> = new Set([
  ':', '#', '.', 'is', 'are', 'was', 'were', 'include', 'includes', 'including', 'number', 'numbers', 'no',
  'nos', 'code', 'codes', 'kódom', 'kód', 'kódy', 'č', 'nr', '-', 's',
]);

/** Tokens that join the items of a list ("A, B and C", "X through Y"). */
export const SEPARATORS: ReadonlySet<string> = new Set([
  ',', ';', '&', '/', 'and', 'or', 'and/or', 'through', 'thru', 'to', 'alebo',
]);

/** Tokens that end a sentence, and with it any list. */
export const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', '…']);
