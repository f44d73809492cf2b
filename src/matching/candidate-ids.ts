/** Past this many ids a search of the list costs more than a set; a listing naming a big brand gets there. */
const LIST_SEARCH_MAX = 32;

/**
 * The distinct product ids a listing's blocking keys point to, in the order first seen. Most listings get none
 * or a few, so they are kept in a list that is searched, and only a long list also gets a `Set`: creating and
 * probing a set per listing cost more than the search.
 * @example const ids = new CandidateIds(); ids.addAll([3, 1, 3]); ids.toArray() // [3, 1]
 */
export class CandidateIds {
  private readonly ids: number[] = [];
  private lookup: Set<number> | undefined;

  get size(): number {
    return this.ids.length;
  }

  has(id: number): boolean {
    return this.lookup === undefined ? this.ids.includes(id) : this.lookup.has(id);
  }

  add(id: number): void {
    if (this.has(id)) return;
    this.ids.push(id);
    if (this.lookup !== undefined) this.lookup.add(id);
    else if (this.ids.length > LIST_SEARCH_MAX) this.lookup = new Set(this.ids);
  }

  addAll(ids: readonly number[] | undefined): void {
    if (ids) for (const id of ids) this.add(id);
  }

  /** The ids in the order first added (the set's own array: do not add after this). */
  toArray(): number[] {
    return this.ids;
  }
}
