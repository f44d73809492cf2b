import { isDeepStrictEqual } from 'node:util';
import type { Recall } from './recall-schema.js';

export interface MergeOutcome {
  /** Sorted by id, so the same inputs always give the same output. */
  readonly recalls: readonly Recall[];
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
}

/**
 * Upserts incoming recalls into existing ones by id; an identical recall counts as unchanged, so importing
 * the same data twice changes nothing.
 * @example mergeRecalls([], recalls).added === recalls.length
 */
export function mergeRecalls(existing: readonly Recall[], incoming: readonly Recall[]): MergeOutcome {
  const byId = new Map(existing.map((recall) => [recall.id, recall]));
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const recall of incoming) {
    const previous = byId.get(recall.id);
    if (previous === undefined) added += 1;
    else if (isDeepStrictEqual(previous, recall)) unchanged += 1;
    else updated += 1;
    byId.set(recall.id, recall);
  }
  const recalls = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { recalls, added, updated, unchanged };
}
