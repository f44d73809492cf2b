import { FrozenStringMap } from './frozen-string-map.js';

/**
 * An inverted index from a key to the ids of the products that carry it. Filled while the index is built, then
 * frozen: look-ups go to a {@link FrozenStringMap}, cheaper for keys that are mostly absent.
 */
export class Postings {
  private readonly lists = new Map<string, number[]>();
  private frozen?: FrozenStringMap<readonly number[]>;

  add(key: string, id: number): void {
    if (this.frozen) throw new Error('postings are frozen');
    const list = this.lists.get(key);
    if (list === undefined) this.lists.set(key, [id]);
    else if (list[list.length - 1] !== id) list.push(id);
  }

  /** Ends the building: no more `add`. */
  freeze(): void {
    this.frozen ??= FrozenStringMap.from(this.lists);
  }

  get(key: string): readonly number[] | undefined {
    return this.frozen ? this.frozen.get(key) : this.lists.get(key);
  }

  /** Every key with its ids. */
  entries(): IterableIterator<[string, readonly number[]]> {
    return this.lists.entries();
  }

  get keyCount(): number {
    return this.lists.size;
  }
}
