/** Document frequencies of recall-name tokens, for rarity weighting (inverse document frequency). */
export class TokenStats {
  private readonly documentFrequency = new Map<string, number>();
  private documents = 0;

  add(tokens: readonly string[]): void {
    this.documents += 1;
    for (const token of tokens) this.documentFrequency.set(token, (this.documentFrequency.get(token) ?? 0) + 1);
  }

  frequency(token: string): number {
    return this.documentFrequency.get(token) ?? 0;
  }

  /** ln((N + 1) / (df + 0.5)): rare tokens weigh more; a token never seen weighs the most. */
  idf(token: string): number {
    return Math.log((this.documents + 1) / (this.frequency(token) + 0.5));
  }

  /** The IDF of a token carried by a single product: the most any known token weighs. */
  get maxIdf(): number {
    return Math.log((this.documents + 1) / 1.5);
  }

  get size(): number {
    return this.documents;
  }
}
