import { screenAgainstRecall, type RecallIndex } from '../matching/index.js';
import type { FoundMatch, ListingKey, Store, Sweep } from '../storage/index.js';

export interface SweepOptions {
  /** Listings read and written per transaction; progress is saved after each page. */
  readonly pageSize?: number;
  readonly onProgress?: (sweep: SweepStatus) => void;
  /** Stops after the page in progress; the sweep stays `running` and resumes from there. */
  readonly signal?: AbortSignal;
  /** Told of each page's matches once they are stored (enforcement opens cases from them). */
  readonly onMatches?: (matches: readonly FoundMatch[]) => Promise<void>;
}

export interface SweepStatus {
  readonly sweepId: string;
  readonly recallId: string;
  readonly recallVersion: number;
  readonly scanned: number;
  readonly total: number;
  readonly matched: number;
  readonly withdrawn: number;
  readonly done: boolean;
}

const DEFAULT_PAGE_SIZE = 2_000;

/**
 * Screens every stored listing against one recall version, page by page in key order. Each page's matches
 * and the sweep's position are written in one transaction, so a sweep cut short resumes after its last page
 * and a finished one can run again with the same result. At the end, the recall's matches that this version
 * no longer supports are withdrawn. Refresh the planner's statistics first after a bulk load (`store.analyze()`;
 * `ScreeningService` does it once before its sweeps): without them each page sorts the whole table on PGlite.
 * @example await sweepRecall(store, index, 'rg-v1', 'cpsc:17057', 2, { onProgress: console.log });
 */
export async function sweepRecall(
  store: Store,
  index: RecallIndex,
  algorithm: string,
  recall: { readonly id: string; readonly version: number },
  options: SweepOptions = {},
): Promise<SweepStatus> {
  const total = await store.listings.countLive();
  const sweep = await store.sweeps.open(recall.id, recall.version, algorithm, total);
  let { scanned, matched } = sweep;
  let withdrawn = sweep.withdrawn;
  let after: ListingKey | undefined = sweep.after;
  const status = (done: boolean): SweepStatus => ({
    sweepId: sweep.sweepId,
    recallId: recall.id,
    recallVersion: recall.version,
    scanned,
    total: Math.max(sweep.total, scanned),
    matched,
    withdrawn,
    done,
  });
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  for (;;) {
    if (options.signal?.aborted) return status(false);
    const page = await store.listings.page(after, pageSize);
    if (page.length === 0) break;
    const found: FoundMatch[] = [];
    for (const stored of page) {
      const match = screenAgainstRecall(index, stored.listing, recall.id);
      if (match) found.push({ ...match, marketplace: stored.marketplace, id: stored.id, recallVersion: recall.version });
    }
    const last = page[page.length - 1] as ListingKey;
    const range = { after, through: { marketplace: last.marketplace, id: last.id } };
    after = range.through;
    scanned += page.length;
    matched += found.length;
    await store.db.transaction().execute(async (trx) => {
      withdrawn += await store.matches.record(trx, { algorithm, listings: range, recallId: recall.id, matches: found });
      await store.sweeps.advance(trx, sweep.sweepId, { after: range.through, scanned, matched, withdrawn });
    });
    if (found.length > 0) await options.onMatches?.(found);
    options.onProgress?.(status(false));
    if (page.length < pageSize) break;
  }
  await store.db.transaction().execute(async (trx) => {
    withdrawn += await store.matches.withdrawStale(trx, recall.id, algorithm, recall.version);
    await store.sweeps.finish(trx, sweep.sweepId, withdrawn);
  });
  const finished = status(true);
  options.onProgress?.(finished);
  return finished;
}

/** Describes a stored sweep the same way, for progress reports. */
export function sweepStatus(sweep: Sweep): SweepStatus {
  return {
    sweepId: sweep.sweepId,
    recallId: sweep.recallId,
    recallVersion: sweep.recallVersion,
    scanned: sweep.scanned,
    total: sweep.total,
    matched: sweep.matched,
    withdrawn: sweep.withdrawn,
    done: sweep.state === 'done',
  };
}
