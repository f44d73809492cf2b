/** An inverted index from a key to the ids of the products that carry it. */
export class Postings {
  private readonly lists = new Map<string, number[]>();

  add(key: string, id: number): void {
    const list = this.lists.get(key);
    if (list === undefined) this.lists.set(key, [id]);
    else if (list[list.length - 1] !== id) list.push(id);
  }

  get(key: string): readonly number[] | undefined {
    return this.lists.get(key);
  }

  /** Every key with its ids. */
  entries(): IterableIterator<[string, readonly number[]]> {
    return this.lists.entries();
  }

  get keyCount(): number {
    return this.lists.size;
  }
}
