/** String methods called through `String.prototype`, as hot code must: see ascii-scan.ts. */
const { charCodeAt, startsWith } = String.prototype;

/**
 * A read-only map from strings, laid out for look-ups that mostly miss: open addressing over one typed array of
 * hash tags, so a key that is absent is usually turned away after reading four bytes of a compact table, without
 * touching a stored string. A JavaScript `Map` of the same size keeps its entries and keys scattered across the
 * heap, and on the screening path (a few look-ups per title word, most of them for words no recall uses) those
 * reads miss the cache.
 * @example FrozenStringMap.from(new Map([['anker', 1]])).get('anker') // 1
 */
export class FrozenStringMap<T> {
  private readonly mask: number;
  /** Per slot: the key's hash with its low bit set (never 0), or 0 for an empty slot. */
  private readonly tags: Int32Array;
  /** Per slot: index into `keys` and `values`. */
  private readonly slots: Int32Array;
  private readonly keys: string[] = [];
  private readonly values: T[] = [];

  private constructor(size: number) {
    let capacity = 8;
    // at most half full, so probe runs stay short
    while (capacity < size * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.tags = new Int32Array(capacity);
    this.slots = new Int32Array(capacity);
  }

  /** A frozen copy of `entries`. */
  static from<T>(entries: ReadonlyMap<string, T>): FrozenStringMap<T> {
    const map = new FrozenStringMap<T>(entries.size);
    for (const [key, value] of entries) map.insert(key, value);
    return map;
  }

  /** A frozen set: every one of `keys` mapped to `true`. */
  static ofKeys(keys: ReadonlySet<string>): FrozenStringMap<true> {
    const map = new FrozenStringMap<true>(keys.size);
    for (const key of keys) map.insert(key, true);
    return map;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  get size(): number {
    return this.keys.length;
  }

  get(key: string): T | undefined {
    return this.getRange(key, 0, key.length);
  }

  /**
   * `get(text.slice(start, end))` without making that string: for scans that look up many words of a text, most of
   * them absent.
   * @example FrozenStringMap.from(new Map([['th', 1]])).getRange('Model th 440', 6, 8) // 1
   */
  getRange(text: string, start: number, end: number): T | undefined {
    const tag = hashRangeTag(text, start, end);
    const { tags, mask } = this;
    const length = end - start;
    for (let slot = tag & mask; ; slot = (slot + 1) & mask) {
      const found = tags[slot] as number;
      if (found === 0) return undefined;
      if (found === tag) {
        const at = this.slots[slot] as number;
        const key = this.keys[at] as string;
        if (key.length === length && startsWith.call(text, key, start)) return this.values[at];
      }
    }
  }

  private insert(key: string, value: T): void {
    const tag = hashTag(key);
    let slot = tag & this.mask;
    while (this.tags[slot] !== 0) slot = (slot + 1) & this.mask;
    this.tags[slot] = tag;
    this.slots[slot] = this.keys.length;
    this.keys.push(key);
    this.values.push(value);
  }
}

/** FNV-1a over the UTF-16 code units, low bit forced on so that no tag is 0. */
function hashTag(key: string): number {
  return hashRangeTag(key, 0, key.length);
}

/** {@link hashTag} of `text.slice(start, end)`. */
function hashRangeTag(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i += 1) hash = Math.imul(hash ^ charCodeAt.call(text, i), 0x01000193);
  return hash | 1;
}
