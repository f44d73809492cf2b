import type { RecordProblem } from '../errors/index.js';
import type { Listing, ListingReadItem } from '../listings/index.js';
import { buildRecallIndex, DEFAULT_ALGORITHM, screenListing, type RecallIndex, type ScreeningResult } from '../matching/index.js';
import type { Recall } from '../recalls/index.js';
import type { FoundMatch, IngestRun, ListingKey, Store, StoredListing } from '../storage/index.js';
import { sweepRecall, type SweepOptions, type SweepStatus } from './recall-sweep.js';

export interface ListingIngestOutcome {
  readonly run: IngestRun;
  /** Listings screened (new or changed), and how many of them matched a recall. */
  readonly screened: number;
  readonly matched: number;
  readonly withdrawn: number;
  /** The records left out, as stored with the run. */
  readonly problems: readonly RecordProblem[];
}

export interface RecallIngestOutcome {
  readonly run: IngestRun;
  readonly sweeps: readonly SweepStatus[];
}

/**
 * What else happens when listings change or match: enforcement opens cases from stored matches and blocks
 * re-listings of removed listings. Called after the screening's own writes are committed.
 */
export interface ScreeningListener {
  readonly listingsChanged: (listings: readonly StoredListing[]) => Promise<void>;
  readonly matched: (matches: readonly FoundMatch[]) => Promise<void>;
}

export interface ScreeningServiceOptions {
  readonly algorithm?: string;
  readonly listener?: ScreeningListener;
}

/** A bulk load this large refreshes the planner's statistics (PGlite has no autovacuum to do it). */
const ANALYZE_AFTER_ADDED = 10_000;

/** The recall index with each recall's stored version, rebuilt whenever recalls change. */
interface LoadedIndex {
  readonly index: RecallIndex;
  readonly versions: ReadonlyMap<string, number>;
}

/**
 * Continuous screening over the store: new or changed listings are screened against every recall; a new or
 * changed recall is swept over every stored listing. Writes run one at a time, so a sweep and an upload never
 * interleave their transactions; `screen` (nothing stored) never waits for them.
 * @example const service = new ScreeningService(store); await service.ingestListings('upload', listings, []);
 */
export class ScreeningService {
  readonly algorithm: string;
  private readonly listener: ScreeningListener | undefined;
  private loaded: Promise<LoadedIndex> | undefined;
  private writes: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: Store,
    options: ScreeningServiceOptions = {},
  ) {
    this.algorithm = options.algorithm ?? DEFAULT_ALGORITHM;
    this.listener = options.listener;
  }

  /** The current index, built from the stored recalls on first use. */
  async index(): Promise<RecallIndex> {
    return (await this.load()).index;
  }

  /** Screens listings against the stored recalls without storing anything. */
  async screen(listings: readonly Listing[]): Promise<ScreeningResult[]> {
    const { index } = await this.load();
    return listings.map((listing) => screenListing(index, listing));
  }

  /** Stores a batch of listings; screens those that are new or changed and records their matches. */
  ingestListings(source: string, listings: readonly Listing[], problems: readonly RecordProblem[]): Promise<ListingIngestOutcome> {
    const items: ListingReadItem[] = [
      ...listings.map((listing, n) => ({ ok: true as const, listing, position: n + 1 })),
      ...problems.map((problem, n) => ({ ok: false as const, problem, position: listings.length + n + 1 })),
    ];
    return this.ingestListingBatches(source, [items]);
  }

  /**
   * Stores listings batch by batch as a reader yields them (one ingest run in all), screening the new and
   * changed ones; a rejected record is recorded with the run and the rest go on. When the reader throws, what was
   * stored stays and the run is finished with it before the error goes on: `onRunStarted` gives the caller the run's
   * id, so it can show that run, not whichever run another import started since.
   */
  ingestListingBatches(
    source: string,
    batches: Iterable<readonly ListingReadItem[]> | AsyncIterable<readonly ListingReadItem[]>,
    options: { readonly onRunStarted?: (runId: string) => void } = {},
  ): Promise<ListingIngestOutcome> {
    return this.serially(async () => {
      const runId = await this.store.ingestRuns.start('listings', source);
      options.onRunStarted?.(runId);
      const problems: RecordProblem[] = [];
      const totals = { added: 0, changed: 0, unchanged: 0, screened: 0, matched: 0, withdrawn: 0 };
      try {
        for await (const batch of batches) {
          const listings: Listing[] = [];
          for (const item of batch) {
            if (item.ok) listings.push(item.listing);
            else problems.push(item.problem);
          }
          const outcome = await this.storeAndScreen(listings);
          totals.added += outcome.added;
          totals.changed += outcome.screened - outcome.added;
          totals.unchanged += outcome.unchanged;
          totals.screened += outcome.screened;
          totals.matched += outcome.matched;
          totals.withdrawn += outcome.withdrawn;
        }
      } finally {
        // What was stored stays stored, and the run says how far it got, even when the reader fails midway.
        await this.store.ingestRuns.finish(runId, totals, problems);
      }
      if (totals.added >= ANALYZE_AFTER_ADDED) await this.store.analyze();
      const run = (await this.store.ingestRuns.get(runId)) as IngestRun;
      return { run, screened: totals.screened, matched: totals.matched, withdrawn: totals.withdrawn, problems };
    });
  }

  private async storeAndScreen(listings: readonly Listing[]) {
    const upserted = await this.store.listings.upsert(listings);
    const { index, versions } = await this.load();
    const found: FoundMatch[] = [];
    for (const { marketplace, id, listing } of upserted.changed) {
      for (const match of screenListing(index, listing).matches) {
        found.push({ ...match, marketplace, id, recallVersion: versions.get(match.recallId) ?? 1 });
      }
    }
    const listingKeys = upserted.changed.map(({ marketplace, id }) => ({ marketplace, id }));
    const withdrawn = await this.store.db
      .transaction()
      .execute((trx) => this.store.matches.record(trx, { algorithm: this.algorithm, listings: listingKeys, matches: found }));
    if (this.listener) {
      if (upserted.changed.length > 0) await this.listener.listingsChanged(upserted.changed);
      if (found.length > 0) await this.listener.matched(found);
    }
    const matched = new Set(found.map((match) => `${match.marketplace}\u0000${match.id}`)).size;
    return { added: upserted.added, unchanged: upserted.unchanged, screened: upserted.changed.length, matched, withdrawn };
  }

  /** Marks a listing deleted and withdraws its matches; false when no such live listing. */
  deleteListing(key: ListingKey): Promise<boolean> {
    return this.serially(async () => {
      const deleted = await this.store.listings.markDeleted(key);
      if (deleted) await this.store.db.transaction().execute((trx) => this.store.matches.withdrawForListing(trx, key));
      return deleted;
    });
  }

  /** Stores recalls as new versions where they changed, then sweeps the stored listings for each of those. */
  ingestRecalls(source: string, recalls: readonly Recall[], problems: readonly RecordProblem[], options: SweepOptions = {}): Promise<RecallIngestOutcome> {
    return this.serially(async () => {
      const runId = await this.store.ingestRuns.start('recalls', source);
      const outcome = await this.store.recalls.upsert(recalls, runId);
      const run = await this.store.ingestRuns.finish(runId, outcome, problems);
      if (outcome.touched.length > 0) this.loaded = undefined;
      const { index } = await this.load();
      const sweeps: SweepStatus[] = [];
      // With no listings stored there is nothing to sweep (and no match to withdraw).
      if (outcome.touched.length === 0 || (await this.store.listings.countLive()) === 0) return { run, sweeps };
      await this.store.analyze();
      for (const recall of outcome.touched) sweeps.push(await sweepRecall(this.store, index, this.algorithm, recall, this.withListener(options)));
      return { run, sweeps };
    });
  }

  /** Finishes sweeps that a crash or a stop left running, against the current recall versions. */
  resumeSweeps(options: SweepOptions = {}): Promise<SweepStatus[]> {
    return this.serially(async () => {
      const { index, versions } = await this.load();
      const resumed: SweepStatus[] = [];
      const unfinished = await this.store.sweeps.unfinished();
      if (unfinished.length > 0) await this.store.analyze();
      for (const sweep of unfinished) {
        if (sweep.algorithm !== this.algorithm || versions.get(sweep.recallId) !== sweep.recallVersion) continue;
        resumed.push(await sweepRecall(this.store, index, this.algorithm, { id: sweep.recallId, version: sweep.recallVersion }, this.withListener(options)));
      }
      return resumed;
    });
  }

  /** Sweeps the stored listings against one stored recall's current version. */
  sweep(recallId: string, options: SweepOptions = {}): Promise<SweepStatus | undefined> {
    return this.serially(async () => {
      const { index, versions } = await this.load();
      const version = versions.get(recallId);
      if (version === undefined) return undefined;
      await this.store.analyze();
      return sweepRecall(this.store, index, this.algorithm, { id: recallId, version }, this.withListener(options));
    });
  }

  private withListener(options: SweepOptions): SweepOptions {
    const listener = this.listener;
    return listener ? { ...options, onMatches: (matches) => listener.matched(matches) } : options;
  }

  private load(): Promise<LoadedIndex> {
    this.loaded ??= this.store.recalls.current().then((current) => ({
      index: buildRecallIndex(current.map((entry) => entry.recall), { algorithm: this.algorithm }),
      versions: new Map(current.map((entry) => [entry.recall.id, entry.version])),
    }));
    const loading = this.loaded;
    loading.catch(() => {
      if (this.loaded === loading) this.loaded = undefined;
    });
    return loading;
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.writes.then(work, work);
    this.writes = next.catch(() => undefined);
    return next;
  }
}
