import { sql, type Kysely, type Transaction } from 'kysely';
import type { FeatureResult, MatchDecision } from '../matching/index.js';
import { chunks } from './chunks.js';
import { listingKeyIn, matchKeyNotIn } from './key-set.js';
import type { ListingKey } from './listing-repository.js';
import type { Database, MatchRow } from './schema.js';

export type MatchStatus = 'active' | 'withdrawn';

/** A match as the engine found it, for one listing and one recall product. */
export interface FoundMatch extends ListingKey {
  readonly recallId: string;
  readonly productIndex: number;
  readonly recallVersion: number;
  readonly score: number;
  readonly decision: MatchDecision;
  readonly features: readonly FeatureResult[];
}

export interface StoredMatch extends FoundMatch {
  readonly matchId: string;
  readonly algorithm: string;
  readonly status: MatchStatus;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly withdrawnAt: Date | null;
}

export interface MatchQuery {
  readonly decision?: MatchDecision;
  readonly status?: MatchStatus;
  readonly recallId?: string;
  readonly limit: number;
  /** The last match id of the previous page. */
  readonly after?: string;
}

/** What one screening pass decided about a set of listings, possibly only against one recall. */
export interface ScreenedScope {
  readonly algorithm: string;
  /** The listings screened: a list, or every listing key in `(after, through]` (a sweep's page). */
  readonly listings: readonly ListingKey[] | KeyRange;
  /** Only this recall was screened (a sweep); other recalls' matches are left alone. */
  readonly recallId?: string;
  readonly matches: readonly FoundMatch[];
}

export interface KeyRange {
  readonly after: ListingKey | undefined;
  readonly through: ListingKey;
}

const WRITE_BATCH = 500;

/**
 * Matches, unique per (listing, recall product, algorithm). A match that no longer holds is withdrawn, never
 * deleted, so a reviewer can still see what was flagged and why.
 * @example await matches.record(trx, { algorithm: 'rg-v1', listings: keys, matches: found });
 */
export class MatchRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Stores what a screening pass found for `scope.listings`: found matches become active (inserted or
   * refreshed), and their other active matches in scope are withdrawn. Returns how many were withdrawn.
   */
  async record(trx: Transaction<Database>, scope: ScreenedScope): Promise<number> {
    for (const batch of chunks(scope.matches, WRITE_BATCH)) {
      await trx
        .insertInto('match')
        .values(batch.map((match) => ({ ...matchColumns(match), algorithm: scope.algorithm, status: 'active' })))
        .onConflict((conflict) =>
          conflict.columns(['marketplace', 'listingId', 'recallId', 'productIndex', 'algorithm']).doUpdateSet((eb) => ({
            recallVersion: eb.ref('excluded.recallVersion'),
            score: eb.ref('excluded.score'),
            decision: eb.ref('excluded.decision'),
            features: eb.ref('excluded.features'),
            status: 'active',
            updatedAt: sql<Date>`now()`,
            withdrawnAt: null,
          })),
        )
        .execute();
    }
    if (!Array.isArray(scope.listings)) return this.withdrawOthers(trx, scope, scope.listings as KeyRange, scope.matches);
    let withdrawn = 0;
    for (const batch of chunks(scope.listings as readonly ListingKey[], WRITE_BATCH)) {
      const inBatch = new Set(batch.map(keyText));
      withdrawn += await this.withdrawOthers(trx, scope, batch, scope.matches.filter((match) => inBatch.has(keyText(match))));
    }
    return withdrawn;
  }

  private async withdrawOthers(
    trx: Transaction<Database>,
    scope: ScreenedScope,
    listings: readonly ListingKey[] | KeyRange,
    keep: readonly FoundMatch[],
  ): Promise<number> {
    let query = trx
      .updateTable('match')
      .set({ status: 'withdrawn', withdrawnAt: new Date(), updatedAt: new Date() })
      .where('status', '=', 'active')
      .where('algorithm', '=', scope.algorithm);
    if (Array.isArray(listings)) {
      if (listings.length === 0) return 0;
      const keys = listings as readonly ListingKey[];
      query = query.where(listingKeyIn(['marketplace', 'listingId'], keys));
    } else {
      const { after, through } = listings as KeyRange;
      query = query.where(({ eb, refTuple, tuple }) => eb(refTuple('marketplace', 'listingId'), '<=', tuple(through.marketplace, through.id)));
      if (after) query = query.where(({ eb, refTuple, tuple }) => eb(refTuple('marketplace', 'listingId'), '>', tuple(after.marketplace, after.id)));
    }
    if (scope.recallId !== undefined) query = query.where('recallId', '=', scope.recallId);
    if (keep.length > 0) {
      query = query.where(matchKeyNotIn(keep));
    }
    const result = await query.executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** Withdraws a recall's active matches found against an older version of it (those a sweep did not renew). */
  async withdrawStale(trx: Transaction<Database>, recallId: string, algorithm: string, version: number): Promise<number> {
    const result = await trx
      .updateTable('match')
      .set({ status: 'withdrawn', withdrawnAt: new Date(), updatedAt: new Date() })
      .where('recallId', '=', recallId)
      .where('algorithm', '=', algorithm)
      .where('status', '=', 'active')
      .where('recallVersion', '<', version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** Withdraws every active match of a listing (it was deleted). */
  async withdrawForListing(trx: Transaction<Database>, key: ListingKey): Promise<number> {
    const result = await trx
      .updateTable('match')
      .set({ status: 'withdrawn', withdrawnAt: new Date(), updatedAt: new Date() })
      .where('marketplace', '=', key.marketplace)
      .where('listingId', '=', key.id)
      .where('status', '=', 'active')
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async get(matchId: string): Promise<StoredMatch | undefined> {
    if (!/^\d+$/.test(matchId)) return undefined;
    const row = await this.db.selectFrom('match').selectAll().where('id', '=', matchId).executeTakeFirst();
    return row && storedMatch(row);
  }

  /** The id of the stored match of a listing × recall product (any algorithm, newest first). */
  async idOf(match: ListingKey & { readonly recallId: string; readonly productIndex: number }): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('match')
      .select('id')
      .where('marketplace', '=', match.marketplace)
      .where('listingId', '=', match.id)
      .where('recallId', '=', match.recallId)
      .where('productIndex', '=', match.productIndex)
      .orderBy('id', 'desc')
      .executeTakeFirst();
    return row && String(row.id);
  }

  async forListing(key: ListingKey): Promise<StoredMatch[]> {
    const rows = await this.db
      .selectFrom('match')
      .selectAll()
      .where('marketplace', '=', key.marketplace)
      .where('listingId', '=', key.id)
      .orderBy('status')
      .orderBy('score', 'desc')
      .orderBy('id')
      .execute();
    return rows.map(storedMatch);
  }

  async list(query: MatchQuery): Promise<StoredMatch[]> {
    let select = this.db.selectFrom('match').selectAll().orderBy('id').limit(query.limit);
    if (query.decision) select = select.where('decision', '=', query.decision);
    if (query.status) select = select.where('status', '=', query.status);
    if (query.recallId) select = select.where('recallId', '=', query.recallId);
    if (query.after) select = select.where('id', '>', query.after);
    return (await select.execute()).map(storedMatch);
  }
}

function keyText(key: ListingKey): string {
  return `${key.marketplace}\u0000${key.id}`;
}

function matchColumns(match: FoundMatch) {
  return {
    marketplace: match.marketplace,
    listingId: match.id,
    recallId: match.recallId,
    productIndex: match.productIndex,
    recallVersion: match.recallVersion,
    score: match.score,
    decision: match.decision,
    features: JSON.stringify(match.features),
  };
}

function storedMatch(row: MatchRow): StoredMatch {
  return {
    matchId: String(row.id),
    marketplace: row.marketplace,
    id: row.listingId,
    recallId: row.recallId,
    productIndex: row.productIndex,
    recallVersion: row.recallVersion,
    algorithm: row.algorithm,
    score: row.score,
    decision: row.decision as MatchDecision,
    features: row.features as FeatureResult[],
    status: row.status as MatchStatus,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    withdrawnAt: row.withdrawnAt,
  };
}
