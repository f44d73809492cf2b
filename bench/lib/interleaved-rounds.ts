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
  /**
   * Runs right before each measured round, unmeasured: the same work again, so that the round is measured in the
   * variant's own steady state, not in the heap the previous variant left (its garbage, collected mid-round).
   */
  prime?(): Promise<void>;
}

/** Hooks into a run: progress, and whether to go on after a round (given how long it took). */
export interface RoundHooks {
  readonly onDone?: (round: number, variant: string, outcome: RoundOutcome) => void;
  readonly continueAfter?: (roundsDone: number, lastRoundMs: number) => boolean;
}

/**
 * Runs every variant once per round, rotating which goes first so none always benefits from a warm
 * cache or suffers from the previous one's garbage, and priming those that can be primed right before their
 * measured run; returns each variant's outcomes in round order.
 * @example const outcomes = await runInterleaved([raw, engine], 5, { onDone: (round, name) => log(round, name) });
 */
export async function runInterleaved(
  variants: readonly BenchVariant[],
  rounds: number,
  hooks: RoundHooks = {},
): Promise<ReadonlyMap<string, readonly RoundOutcome[]>> {
  const outcomes = new Map<string, RoundOutcome[]>(variants.map((variant) => [variant.name, []]));
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint();
    for (let step = 0; step < variants.length; step++) {
      const variant = variants[(round + step) % variants.length] as BenchVariant;
      await variant.prime?.();
      const outcome = await variant.run(round);
      outcomes.get(variant.name)?.push(outcome);
      hooks.onDone?.(round, variant.name, outcome);
    }
    const roundMs = Number(process.hrtime.bigint() - start) / 1e6;
    if (round + 1 < rounds && hooks.continueAfter && !hooks.continueAfter(round + 1, roundMs)) break;
  }
  return outcomes;
}

/** Listings per second of each outcome. */
export function ratesOf(outcomes: readonly RoundOutcome[]): number[] {
  return outcomes.map((outcome) => (outcome.ms > 0 ? (outcome.listings / outcome.ms) * 1000 : Number.NaN));
}
