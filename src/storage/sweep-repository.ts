import type { Kysely, Transaction } from 'kysely';
import type { ListingKey } from './listing-repository.js';
import type { Database, SweepRow } from './schema.js';

export type SweepState = 'running' | 'done';

export interface Sweep {
  readonly sweepId: string;
  readonly recallId: string;
  readonly recallVersion: number;
  readonly algorithm: string;
  readonly state: SweepState;
  /** The last listing screened: a resumed sweep goes on after it. */
  readonly after: ListingKey | undefined;
  readonly scanned: number;
  readonly matched: number;
  readonly withdrawn: number;
  /** Live listings when the sweep started, for progress. */
  readonly total: number;
  readonly startedAt: Date;
  readonly finishedAt: Date | null;
}

export interface SweepProgress {
  readonly after: ListingKey;
  readonly scanned: number;
  readonly matched: number;
  readonly withdrawn: number;
}

/**
 * Sweeps of the stored listings against one recall version. Progress is saved in the same transaction as
 * the matches of each page, so a sweep cut short resumes after its last saved page.
 * @example const sweep = await sweeps.open('cpsc:17057', 2, 'rg-v1', total);
 */
export class SweepRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The unfinished sweep of this recall version, or a new one. */
  async open(recallId: string, recallVersion: number, algorithm: string, total: number): Promise<Sweep> {
    const running = await this.db
      .selectFrom('sweep')
      .selectAll()
      .where('recallId', '=', recallId)
      .where('recallVersion', '=', recallVersion)
      .where('algorithm', '=', algorithm)
      .where('state', '=', 'running')
      .orderBy('id', 'desc')
      .executeTakeFirst();
    if (running) return sweep(running);
    const row = await this.db
      .insertInto('sweep')
      .values({ recallId, recallVersion, algorithm, state: 'running', total })
      .returningAll()
      .executeTakeFirstOrThrow();
    return sweep(row);
  }

  async advance(trx: Transaction<Database>, sweepId: string, progress: SweepProgress): Promise<void> {
    await trx
      .updateTable('sweep')
      .set({
        afterMarketplace: progress.after.marketplace,
        afterId: progress.after.id,
        scanned: progress.scanned,
        matched: progress.matched,
        withdrawn: progress.withdrawn,
        updatedAt: new Date(),
      })
      .where('id', '=', sweepId)
      .execute();
  }

  async finish(trx: Transaction<Database>, sweepId: string, withdrawn: number): Promise<void> {
    await trx
      .updateTable('sweep')
      .set({ state: 'done', withdrawn, finishedAt: new Date(), updatedAt: new Date() })
      .where('id', '=', sweepId)
      .execute();
  }

  async get(sweepId: string): Promise<Sweep | undefined> {
    const row = await this.db.selectFrom('sweep').selectAll().where('id', '=', sweepId).executeTakeFirst();
    return row && sweep(row);
  }

  /** Sweeps left running (by a crash or a stop), oldest first. */
  async unfinished(): Promise<Sweep[]> {
    const rows = await this.db.selectFrom('sweep').selectAll().where('state', '=', 'running').orderBy('id').execute();
    return rows.map(sweep);
  }

  async recent(limit: number): Promise<Sweep[]> {
    const rows = await this.db.selectFrom('sweep').selectAll().orderBy('id', 'desc').limit(limit).execute();
    return rows.map(sweep);
  }
}

function sweep(row: SweepRow): Sweep {
  return {
    sweepId: String(row.id),
    recallId: row.recallId,
    recallVersion: row.recallVersion,
    algorithm: row.algorithm,
    state: row.state as SweepState,
    after: row.afterMarketplace !== null && row.afterId !== null ? { marketplace: row.afterMarketplace, id: row.afterId } : undefined,
    scanned: row.scanned,
    matched: row.matched,
    withdrawn: row.withdrawn,
    total: row.total,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
  };
}
