/**
 * The value below which `fraction` of the sorted values lie (nearest rank).
 * @example percentile([1, 2, 3, 4], 0.5) === 2
 */
export function percentile(sorted: ArrayLike<number>, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(fraction * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

/**
 * The middle value (mean of the two middle ones for an even count); NaN for none.
 * @example median([5, 1, 3]) === 3
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Latencies in milliseconds, sorted in place for percentile lookups. */
export function latencySummary(samples: Float64Array): { readonly p50Ms: number; readonly p99Ms: number; readonly maxMs: number } {
  samples.sort();
  return { p50Ms: percentile(samples, 0.5), p99Ms: percentile(samples, 0.99), maxMs: percentile(samples, 1) };
}

/** Milliseconds since `start` (a `process.hrtime.bigint()` reading). */
export function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}
