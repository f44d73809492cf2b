/** What one variant did in one round. */
export interface RoundOutcome {
  readonly listings: number;
  readonly ms: number;
  /** Consumed results of the round (any number that depends on every result). */
  readonly checksum: number;
}

/** A compared variant: runs one round when asked. */
export interface BenchVariant {
  readonly name: string;
  run(round: number): Promise<RoundOutcome>;
}

/**
 * Runs every variant once per round, rotating which goes first so none always benefits from a warm
 * cache or suffers from the previous one's garbage; returns each variant's outcomes in round order.
 * @example const outcomes = await runInterleaved([raw, engine], 5, (round, name) => log(round, name));
 */
export async function runInterleaved(
  variants: readonly BenchVariant[],
  rounds: number,
  onDone?: (round: number, variant: string, outcome: RoundOutcome) => void,
): Promise<ReadonlyMap<string, readonly RoundOutcome[]>> {
  const outcomes = new Map<string, RoundOutcome[]>(variants.map((variant) => [variant.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (let step = 0; step < variants.length; step++) {
      const variant = variants[(round + step) % variants.length] as BenchVariant;
      const outcome = await variant.run(round);
      outcomes.get(variant.name)?.push(outcome);
      onDone?.(round, variant.name, outcome);
    }
  }
  return outcomes;
}

/** Listings per second of each outcome. */
export function ratesOf(outcomes: readonly RoundOutcome[]): number[] {
  return outcomes.map((outcome) => (outcome.ms > 0 ? (outcome.listings / outcome.ms) * 1000 : Number.NaN));
}
