import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
/** The collector, reachable without `--expose-gc` on the command line (the npm script has none). */
const collect = runInNewContext('gc') as () => void;

/** Heap in use and resident set size, in bytes, after a full collection. */
export interface MemoryReading {
  readonly heapUsed: number;
  readonly rss: number;
}

/**
 * Collects garbage twice (weak references and finalisers need a second pass) and reads memory.
 * @example const before = settledMemory(); build(); const after = settledMemory();
 */
export function settledMemory(): MemoryReading {
  collect();
  collect();
  const usage = process.memoryUsage();
  return { heapUsed: usage.heapUsed, rss: usage.rss };
}

export function mebibytes(bytes: number): number {
  return Math.round((bytes / 1048576) * 10) / 10;
}
