import { sql, type Kysely, type Transaction } from 'kysely';
import { CaseStatus, type CaseState } from '../cases/index.js';
import type { ListingKey } from './listing-repository.js';
import type { CaseRow, Database } from './schema.js';

/** A case as stored: a listing tied to a recall, its status, its deadline. */
export interface StoredCase extends ListingKey {
  readonly caseId: string;
  readonly recallId: string;
  readonly productIndex: number;
  readonly matchId: string | null;
  /** The removed listing's case this one re-lists, when it was caught as a re-listing. */
  readonly relistingOf: string | null;
  readonly status: CaseStatus;
  readonly assignee: string | null;
  readonly seller: string | null;
  readonly listingHash: string;
  readonly deadline: unknown;
  readonly notifiedAt: Date;
  readonly dueAt: Date;
  readonly escalatedAt: Date | null;
  readonly closedAt: Date | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface NewCase extends ListingKey {
  readonly recallId: string;
  readonly productIndex: number;
  readonly matchId?: string;
  readonly relistingOf?: string;
  readonly status: CaseStatus;
  readonly seller?: string;
  readonly listingHash: string;
  readonly deadline: unknown;
  readonly notifiedAt: Date;
  readonly dueAt: Date;
  /** When the case opened, on the caller's clock (default: the database's). */
  readonly createdAt?: Date;
}

export interface CaseQuery {
  readonly states?: readonly CaseState[];
  readonly recallId?: string;
  readonly assignee?: string;
  readonly createdFrom?: Date;
  readonly createdTo?: Date;
  readonly limit: number;
  readonly after?: string;
}

/** States a case leaves only by a person's decision: no takedown is pending in them. */
export const CLOSED_STATES: readonly CaseState[] = ['removed', 'restricted', 'verified', 'dismissed'];

/**
 * Cases. State changes go through {@link CaseRepository.update} inside the caller's transaction, so the audit
 * entry and the outbox message that the change causes commit with it or not at all.
 * @example const open = await cases.list({ states: ['open'], limit: 50 });
 */
export class CaseRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(trx: Transaction<Database>, input: NewCase): Promise<StoredCase> {
    const row = await trx
      .insertInto('case')
      .values({
        marketplace: input.marketplace,
        listingId: input.id,
        recallId: input.recallId,
        productIndex: input.productIndex,
        matchId: input.matchId ?? null,
        relistingOf: input.relistingOf ?? null,
        state: input.status.state,
        status: JSON.stringify(input.status),
        seller: input.seller ?? null,
        listingHash: input.listingHash,
        deadline: JSON.stringify(input.deadline),
        notifiedAt: input.notifiedAt,
        dueAt: input.dueAt,
        ...(input.createdAt ? { createdAt: input.createdAt } : {}),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return storedCase(row);
  }

  async get(caseId: string, trx?: Transaction<Database>): Promise<StoredCase | undefined> {
    let query = (trx ?? this.db).selectFrom('case').selectAll().where('id', '=', caseId);
    if (trx) query = query.forUpdate();
    const row = await query.executeTakeFirst();
    return row && storedCase(row);
  }

  async update(
    trx: Transaction<Database>,
    caseId: string,
    change: { readonly status?: CaseStatus; readonly assignee?: string | null; readonly escalatedAt?: Date; readonly closedAt?: Date | null },
  ): Promise<StoredCase> {
    const row = await trx
      .updateTable('case')
      .set({
        ...(change.status ? { state: change.status.state, status: JSON.stringify(change.status) } : {}),
        ...(change.assignee !== undefined ? { assignee: change.assignee } : {}),
        ...(change.escalatedAt ? { escalatedAt: change.escalatedAt } : {}),
        ...(change.closedAt !== undefined ? { closedAt: change.closedAt } : {}),
        updatedAt: sql<Date>`now()`,
      })
      .where('id', '=', caseId)
      .returningAll()
      .executeTakeFirstOrThrow();
    return storedCase(row);
  }

  /** The newest case of a listing × recall, whatever its state. */
  async latestFor(key: ListingKey, recallId: string, trx?: Transaction<Database>): Promise<StoredCase | undefined> {
    const row = await (trx ?? this.db)
      .selectFrom('case')
      .selectAll()
      .where('marketplace', '=', key.marketplace)
      .where('listingId', '=', key.id)
      .where('recallId', '=', recallId)
      .orderBy('id', 'desc')
      .executeTakeFirst();
    return row && storedCase(row);
  }

  async list(query: CaseQuery): Promise<StoredCase[]> {
    let select = this.db.selectFrom('case').selectAll().orderBy('id').limit(query.limit);
    if (query.states && query.states.length > 0) select = select.where('state', 'in', [...query.states]);
    if (query.recallId) select = select.where('recallId', '=', query.recallId);
    if (query.assignee) select = select.where('assignee', '=', query.assignee);
    if (query.createdFrom) select = select.where('createdAt', '>=', query.createdFrom);
    if (query.createdTo) select = select.where('createdAt', '<', query.createdTo);
    if (query.after) select = select.where('id', '>', query.after);
    return (await select.execute()).map(storedCase);
  }

  /** Cases still waiting for a takedown whose deadline has passed and that were not escalated yet. */
  async overdue(now: Date): Promise<StoredCase[]> {
    const rows = await this.db
      .selectFrom('case')
      .selectAll()
      .where('state', 'in', ['open', 'action_requested'])
      .where('dueAt', '<=', now)
      .where('escalatedAt', 'is', null)
      .orderBy('dueAt')
      .execute();
    return rows.map(storedCase);
  }

  /** Cases of a seller that ended in a removal or restriction, for the repeat-seller flag. */
  async takedownsOfSeller(seller: string, marketplace: string, trx?: Transaction<Database>): Promise<number> {
    const { count } = await (trx ?? this.db)
      .selectFrom('case')
      .select(sql<string>`count(*)`.as('count'))
      .where('seller', '=', seller)
      .where('marketplace', '=', marketplace)
      .where('state', 'in', ['removed', 'restricted', 'verified'])
      .executeTakeFirstOrThrow();
    return Number(count);
  }
}

function storedCase(row: CaseRow): StoredCase {
  return {
    caseId: String(row.id),
    marketplace: row.marketplace,
    id: row.listingId,
    recallId: row.recallId,
    productIndex: row.productIndex,
    matchId: row.matchId === null ? null : String(row.matchId),
    relistingOf: row.relistingOf === null ? null : String(row.relistingOf),
    status: CaseStatus.parse(row.status),
    assignee: row.assignee,
    seller: row.seller,
    listingHash: row.listingHash,
    deadline: row.deadline,
    notifiedAt: row.notifiedAt,
    dueAt: row.dueAt,
    escalatedAt: row.escalatedAt,
    closedAt: row.closedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
