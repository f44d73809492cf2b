import { sql, type Kysely } from 'kysely';
import { Listing } from '../listings/index.js';
import { chunks } from './chunks.js';
import { contentHash } from './content-hash.js';
import { listingKeyIn } from './key-set.js';
import type { Database } from './schema.js';

/** Where a listing without a `marketplace` field is filed. */
export const DEFAULT_MARKETPLACE = 'default';

/** A listing's identity: unique per marketplace. */
export interface ListingKey {
  readonly marketplace: string;
  readonly id: string;
}

export interface StoredListing extends ListingKey {
  readonly listing: Listing;
}

export interface ListingUpsertOutcome {
  /** New listings, changed ones and deleted ones that came back: what must be screened. */
  readonly changed: readonly StoredListing[];
  readonly added: number;
  readonly unchanged: number;
}

const UPSERT_BATCH = 500;

export function listingKey(listing: Listing): ListingKey {
  return { marketplace: listing.marketplace ?? DEFAULT_MARKETPLACE, id: listing.id };
}

/**
 * Listings upserted by (marketplace, id) with a content hash, so an unchanged listing is not screened again.
 * A deleted listing is kept, marked deleted, with its matches withdrawn by the caller.
 * @example const { changed } = await listings.upsert(batch); // screen `changed` only
 */
export class ListingRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async upsert(listings: readonly Listing[]): Promise<ListingUpsertOutcome> {
    const changed: StoredListing[] = [];
    let added = 0;
    let unchanged = 0;
    const latest = new Map(listings.map((listing) => [keyText(listingKey(listing)), listing]));
    await this.db.transaction().execute(async (trx) => {
      for (const batch of chunks([...latest.values()], UPSERT_BATCH)) {
        const rows = batch.map((listing) => ({
          ...listingKey(listing),
          contentHash: contentHash(listing),
          title: listing.title,
          seller: listing.seller ?? null,
          document: JSON.stringify(listing),
        }));
        const existing = await trx
          .selectFrom('listing')
          .select(['marketplace', 'id', 'contentHash', 'deletedAt'])
          .where(listingKeyIn(['marketplace', 'id'], rows))
          .execute();
        const before = new Map(existing.map((row) => [keyText(row), row]));
        const writes = rows.filter((row, position) => {
          const previous = before.get(keyText(row));
          if (previous && previous.contentHash === row.contentHash && previous.deletedAt === null) {
            unchanged += 1;
            return false;
          }
          if (!previous) added += 1;
          changed.push({ marketplace: row.marketplace, id: row.id, listing: batch[position] as Listing });
          return true;
        });
        if (writes.length === 0) continue;
        await trx
          .insertInto('listing')
          .values(writes)
          .onConflict((conflict) =>
            conflict.columns(['marketplace', 'id']).doUpdateSet((eb) => ({
              contentHash: eb.ref('excluded.contentHash'),
              title: eb.ref('excluded.title'),
              seller: eb.ref('excluded.seller'),
              document: eb.ref('excluded.document'),
              updatedAt: sql<Date>`now()`,
              deletedAt: null,
            })),
          )
          .execute();
      }
    });
    return { changed, added, unchanged };
  }

  async get(key: ListingKey): Promise<StoredListing | undefined> {
    const row = await this.db
      .selectFrom('listing')
      .select(['marketplace', 'id', 'document'])
      .where('marketplace', '=', key.marketplace)
      .where('id', '=', key.id)
      .where('deletedAt', 'is', null)
      .executeTakeFirst();
    return row && { marketplace: row.marketplace, id: row.id, listing: Listing.parse(row.document) };
  }

  /** Marks a listing deleted; false when there was no live listing with that key. */
  async markDeleted(key: ListingKey): Promise<boolean> {
    const result = await this.db
      .updateTable('listing')
      .set({ deletedAt: new Date(), updatedAt: new Date() })
      .where('marketplace', '=', key.marketplace)
      .where('id', '=', key.id)
      .where('deletedAt', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** Live listings in key order after `after`, for sweeps that page through everything. */
  async page(after: ListingKey | undefined, limit: number): Promise<StoredListing[]> {
    let query = this.db
      .selectFrom('listing')
      .select(['marketplace', 'id', 'document'])
      .where('deletedAt', 'is', null)
      .orderBy('marketplace')
      .orderBy('id')
      .limit(limit);
    if (after) {
      query = query.where(({ eb, refTuple, tuple }) => eb(refTuple('marketplace', 'id'), '>', tuple(after.marketplace, after.id)));
    }
    const rows = await query.execute();
    return rows.map((row) => ({ marketplace: row.marketplace, id: row.id, listing: row.document as Listing }));
  }

  async countLive(): Promise<number> {
    const { count } = await this.db.selectFrom('listing').select(sql<string>`count(*)`.as('count')).where('deletedAt', 'is', null).executeTakeFirstOrThrow();
    return Number(count);
  }
}

function keyText(key: ListingKey): string {
  return `${key.marketplace}\u0000${key.id}`;
}
