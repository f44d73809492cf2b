/** A word in at most this many recalled product names is a product-line name (Qbit, Kiwi), not a type word. */
export const DISTINCTIVE_MAX_FREQUENCY = 3;

/**
 * Document frequencies of recall-name tokens and their rarity (inverse document frequency). Counted while the
 * index is built, then frozen so that a look-up is one map access.
 */
export class TokenStats {
  private readonly documentFrequency = new Map<string, number>();
  private readonly idfs = new Map<string, number>();
  private documents = 0;
  private unseenIdf = 0;
  private distinctiveIdf = 0;

  add(tokens: readonly string[]): void {
    this.documents += 1;
    for (const token of tokens) this.documentFrequency.set(token, (this.documentFrequency.get(token) ?? 0) + 1);
  }

  /** Computes every IDF once; call when all documents are added. */
  freeze(): void {
    for (const [token, frequency] of this.documentFrequency) this.idfs.set(token, this.idfOf(frequency));
    this.unseenIdf = this.idfOf(0);
    this.distinctiveIdf = this.idfOf(DISTINCTIVE_MAX_FREQUENCY);
  }

  private idfOf(frequency: number): number {
    return Math.log((this.documents + 1) / (frequency + 0.5));
  }

  frequency(token: string): number {
    return this.documentFrequency.get(token) ?? 0;
  }

  /** ln((N + 1) / (df + 0.5)): rare tokens weigh more; a token never seen weighs the most. */
  idf(token: string): number {
    return this.idfs.get(token) ?? this.unseenIdf;
  }

  /** Whether a token with this IDF is carried by at most {@link DISTINCTIVE_MAX_FREQUENCY} products. */
  isDistinctiveIdf(idf: number): boolean {
    return idf >= this.distinctiveIdf;
  }

  /** The IDF of a token carried by a single product: the most any known token weighs. */
  get maxIdf(): number {
    return this.idfOf(1);
  }

  get size(): number {
    return this.documents;
  }
}
