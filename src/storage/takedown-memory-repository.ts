import type { Kysely, Transaction } from 'kysely';
import type { ListingKey } from './listing-repository.js';
import type { Database } from './schema.js';

export interface RemovedFingerprint extends ListingKey {
  readonly caseId: string;
  readonly seller: string | null;
  /** A `Fingerprint` (src/relisting), stored as given. */
  readonly fingerprint: unknown;
}

export interface ReviewLabel {
  readonly caseId: string;
  readonly listing: unknown;
  readonly recallId: string;
  readonly productIndex: number;
  readonly isMatch: boolean;
  readonly reviewer: string;
  readonly createdAt: Date;
}

/**
 * What enforcement remembers beyond a case's state: fingerprints of removed listings (to block re-listings)
 * and reviewers' decisions as labelled listing × recall-product pairs (to refit the scorer).
 * @example await memory.rememberRemoved(trx, { caseId, marketplace, id, seller, fingerprint });
 */
export class TakedownMemoryRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async rememberRemoved(trx: Transaction<Database>, removed: RemovedFingerprint): Promise<void> {
    await trx
      .insertInto('removedFingerprint')
      .values({ caseId: removed.caseId, marketplace: removed.marketplace, listingId: removed.id, seller: removed.seller, fingerprint: JSON.stringify(removed.fingerprint) })
      .onConflict((conflict) => conflict.column('caseId').doNothing())
      .execute();
  }

  async removed(): Promise<RemovedFingerprint[]> {
    const rows = await this.db.selectFrom('removedFingerprint').selectAll().orderBy('caseId').execute();
    return rows.map((row) => ({ caseId: String(row.caseId), marketplace: row.marketplace, id: row.listingId, seller: row.seller, fingerprint: row.fingerprint }));
  }

  async label(trx: Transaction<Database>, label: Omit<ReviewLabel, 'createdAt'>): Promise<void> {
    await trx
      .insertInto('reviewLabel')
      .values({ caseId: label.caseId, listing: JSON.stringify(label.listing), recallId: label.recallId, productIndex: label.productIndex, isMatch: label.isMatch, reviewer: label.reviewer })
      .execute();
  }

  async labels(): Promise<ReviewLabel[]> {
    const rows = await this.db.selectFrom('reviewLabel').selectAll().orderBy('id').execute();
    return rows.map((row) => ({
      caseId: String(row.caseId),
      listing: row.listing,
      recallId: row.recallId,
      productIndex: row.productIndex,
      isMatch: row.isMatch,
      reviewer: row.reviewer,
      createdAt: row.createdAt,
    }));
  }
}
