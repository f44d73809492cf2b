import { readListingBatches } from '../../src/listings/index.js';
import { screenListing, type RecallIndex } from '../../src/matching/index.js';
import { elapsedMs, latencySummary } from './stats.js';

/** One timed pass of the engine over a listings file. */
export interface EnginePass {
  readonly listings: number;
  readonly problems: number;
  /** Wall time of the whole pass: reading, validating and screening. */
  readonly ms: number;
  /** Time inside `screenListing` only. */
  readonly screenMs: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly decisions: { readonly block: number; readonly review: number; readonly clear: number };
  /** Derived listings (by id) that came out `block` or `review`. */
  readonly derivedFlagged: number;
  /** Sum of the best match scores, so no screening can be skipped as dead code. */
  readonly checksum: number;
}

/**
 * Streams the file through `readListingBatches` and screens every valid listing, timing each call.
 * @example const pass = await screenFile(index, '/tmp/listings.ndjson', 100_000, derivedIds);
 */
export async function screenFile(
  index: RecallIndex,
  path: string,
  expectedListings: number,
  derivedIds: ReadonlySet<string>,
): Promise<EnginePass> {
  let latencies = new Float64Array(Math.max(1, expectedListings));
  const decisions = { block: 0, review: 0, clear: 0 };
  let listings = 0;
  let problems = 0;
  let derivedFlagged = 0;
  let screenMs = 0;
  let checksum = 0;
  const start = process.hrtime.bigint();
  for await (const batch of readListingBatches(path)) {
    for (const item of batch) {
      if (!item.ok) {
        problems++;
        continue;
      }
      const before = process.hrtime.bigint();
      const result = screenListing(index, item.listing);
      const ms = elapsedMs(before);
      if (listings === latencies.length) {
        const grown = new Float64Array(latencies.length * 2);
        grown.set(latencies);
        latencies = grown;
      }
      latencies[listings++] = ms;
      screenMs += ms;
      decisions[result.decision]++;
      checksum += result.matches[0]?.score ?? 0;
      if (result.decision !== 'clear' && derivedIds.has(result.listingId)) derivedFlagged++;
    }
  }
  const ms = elapsedMs(start);
  const latency = latencySummary(latencies.subarray(0, listings));
  return { listings, problems, ms, screenMs, ...latency, decisions, derivedFlagged, checksum };
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
