/** What fits in the time left. */
export interface RoundPlan {
  readonly rounds: number;
  /** Why fewer rounds than requested, when so. */
  readonly warning?: string;
}

/**
 * How many of the requested rounds fit in the time budget, given the estimated cost of one round
 * (at least one always runs). Keeps a slow engine from turning the bench into an hour-long job.
 * @example planRounds(5, 60_000, 25_000).rounds === 2
 */
export function planRounds(requested: number, remainingMs: number, estimatedRoundMs: number): RoundPlan {
  if (!(estimatedRoundMs > 0)) return { rounds: requested };
  const fitting = Math.max(1, Math.floor(remainingMs / estimatedRoundMs));
  if (fitting >= requested) return { rounds: requested };
  const seconds = Math.round(estimatedRoundMs / 1000);
  return {
    rounds: fitting,
    warning:
      `one round is estimated at ${seconds} s, so ${fitting} of the ${requested} requested rounds fit in the time budget ` +
      '(raise it with --budget <seconds>)',
  };
}
