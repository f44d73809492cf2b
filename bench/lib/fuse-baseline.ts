import Fuse from 'fuse.js';
import type { Listing } from '../../src/listings/index.js';
import { elapsedMs } from './stats.js';

/** Timing of one batch of searches against an in-memory baseline. */
export interface SearchPass {
  readonly listings: number;
  readonly ms: number;
  readonly hits: number;
  /** Sum of the returned scores, so no search can be skipped as dead code. */
  readonly checksum: number;
}

/**
 * Fuse.js over every recall product name (threshold 0.4, top 5 per listing title): what a team
 * reaching for a general fuzzy-search library would build first.
 * @example const fuse = new FuseBaseline(names); const pass = fuse.search(sample);
 */
export class FuseBaseline {
  readonly #fuse: Fuse<string>;
  readonly buildMs: number;

  constructor(names: readonly string[]) {
    const start = process.hrtime.bigint();
    this.#fuse = new Fuse([...names], { threshold: 0.4, includeScore: true });
    this.buildMs = elapsedMs(start);
  }

  search(listings: readonly Listing[]): SearchPass {
    const start = process.hrtime.bigint();
    let hits = 0;
    let checksum = 0;
    for (const listing of listings) {
      for (const result of this.#fuse.search(listing.title, { limit: 5 })) {
        hits++;
        checksum += 1 - (result.score ?? 1);
      }
    }
    return { listings: listings.length, ms: elapsedMs(start), hits, checksum };
  }
}
