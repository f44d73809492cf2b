import { readListingBatches } from '../../src/listings/index.js';
import { screenListing, type RecallIndex } from '../../src/matching/index.js';
import { elapsedMs, latencySummary } from './stats.js';

/** One pass of the engine over a listings file. */
export interface EnginePass {
  readonly listings: number;
  readonly problems: number;
  /** Wall time of the whole pass: reading, validating and screening. */
  readonly ms: number;
  readonly decisions: { readonly block: number; readonly review: number; readonly clear: number };
  /** Derived listings (by id) that came out `block` or `review`. */
  readonly derivedFlagged: number;
  /** Sum of the best match scores, so no screening can be skipped as dead code. */
  readonly checksum: number;
}

/** A pass with a timer around every `screenListing` call. */
export interface TimedEnginePass extends EnginePass {
  /** Time inside `screenListing` only. */
  readonly screenMs: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

/** Per-listing timings of a timed pass, grown as needed. */
class Latencies {
  private values: Float64Array;
  count = 0;
  totalMs = 0;

  constructor(expected: number) {
    this.values = new Float64Array(Math.max(1, expected));
  }

  add(ms: number): void {
    if (this.count === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.count++] = ms;
    this.totalMs += ms;
  }

  summary(): { p50Ms: number; p99Ms: number; maxMs: number } {
    return latencySummary(this.values.subarray(0, this.count));
  }
}

/**
 * Streams the file through `readListingBatches` and screens every valid listing, as a user's screening run does.
 * With `expectedListings`, every `screenListing` call is also timed, for latency percentiles: two clock reads per
 * listing cost several percent of the pass, so throughput is measured on a pass without them.
 * @example const pass = await screenFile(index, '/tmp/listings.ndjson', derivedIds);
 * @example const timed = await screenFile(index, '/tmp/listings.ndjson', derivedIds, 100_000);
 */
export async function screenFile(index: RecallIndex, path: string, derivedIds: ReadonlySet<string>): Promise<EnginePass>;
export async function screenFile(
  index: RecallIndex,
  path: string,
  derivedIds: ReadonlySet<string>,
  expectedListings: number,
): Promise<TimedEnginePass>;
export async function screenFile(
  index: RecallIndex,
  path: string,
  derivedIds: ReadonlySet<string>,
  expectedListings?: number,
): Promise<EnginePass | TimedEnginePass> {
  const latencies = expectedListings === undefined ? undefined : new Latencies(expectedListings);
  const decisions = { block: 0, review: 0, clear: 0 };
  let listings = 0;
  let problems = 0;
  let derivedFlagged = 0;
  let checksum = 0;
  const start = process.hrtime.bigint();
  for await (const batch of readListingBatches(path)) {
    for (const item of batch) {
      if (!item.ok) {
        problems++;
        continue;
      }
      const before = latencies ? process.hrtime.bigint() : 0n;
      const result = screenListing(index, item.listing);
      latencies?.add(elapsedMs(before));
      listings++;
      decisions[result.decision]++;
      checksum += result.matches[0]?.score ?? 0;
      if (result.decision !== 'clear' && derivedIds.has(result.listingId)) derivedFlagged++;
    }
  }
  const pass = { listings, problems, ms: elapsedMs(start), decisions, derivedFlagged, checksum };
  return latencies ? { ...pass, screenMs: latencies.totalMs, ...latencies.summary() } : pass;
}

/**
 * Streams the file through `readListingBatches` only (read, split, parse, validate), screening nothing:
 * what the engine row pays before matching starts.
 * @example const pass = await readFileOnly('/tmp/listings.ndjson');
 */
export async function readFileOnly(path: string): Promise<{ listings: number; ms: number; checksum: number }> {
  let listings = 0;
  let checksum = 0;
  const start = process.hrtime.bigint();
  for await (const batch of readListingBatches(path)) {
    for (const item of batch) {
      if (!item.ok) continue;
      listings++;
      checksum += item.listing.title.length;
    }
  }
  return { listings, ms: elapsedMs(start), checksum };
}
