import { buildRecallIndex, type RecallIndex, type RecallIndexOptions } from '../../src/matching/index.js';
import type { Recall } from '../../src/recalls/index.js';
import { settledMemory } from './memory.js';
import { elapsedMs, median } from './stats.js';

/** Build times and the memory the index holds on to. */
export interface IndexBuildMeasure {
  /** The index of the last build, for screening. */
  readonly index: RecallIndex;
  readonly buildMs: readonly number[];
  /** Median growth of the heap across a build, after full collections, with the index still held. */
  readonly heapBytes: number;
  /** Resident-set growth of the first build (the process seldom gives memory back, so later ones read low). */
  readonly rssBytes: number;
}

/**
 * Builds the index `builds` times, each from a collected heap, timing every build and measuring
 * the memory the finished index keeps.
 * @example const { index, buildMs } = measureIndexBuilds(recalls, {}, 3);
 */
export function measureIndexBuilds(recalls: readonly Recall[], options: RecallIndexOptions, builds: number): IndexBuildMeasure {
  const buildMs: number[] = [];
  const heap: number[] = [];
  let rssBytes = 0;
  let index: RecallIndex | undefined;
  for (let run = 0; run < Math.max(1, builds); run++) {
    index = undefined;
    const before = settledMemory();
    const start = process.hrtime.bigint();
    index = buildRecallIndex(recalls, options);
    buildMs.push(elapsedMs(start));
    const after = settledMemory();
    heap.push(after.heapUsed - before.heapUsed);
    if (run === 0) rssBytes = after.rss - before.rss;
  }
  return { index: index as RecallIndex, buildMs, heapBytes: median(heap), rssBytes };
}
