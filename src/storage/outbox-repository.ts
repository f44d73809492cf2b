import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, OutboxRow } from './schema.js';

export type OutboxState = 'pending' | 'delivered' | 'dead';

/** A takedown action waiting to be (or already) delivered to a marketplace as a signed webhook. */
export interface OutboxMessage {
  /** Also the `webhook-id`: a receiver that saw it before ignores the repeat. */
  readonly messageId: string;
  readonly caseId: string;
  readonly marketplace: string;
  readonly kind: string;
  readonly payload: unknown;
  readonly state: OutboxState;
  readonly attempts: number;
  readonly nextAttemptAt: Date;
  readonly lastStatus: number | null;
  readonly lastError: string | null;
  readonly createdAt: Date;
  readonly deliveredAt: Date | null;
  readonly confirmedAt: Date | null;
}

export interface DeliveryAttempt {
  readonly status: number | null;
  readonly error: string | null;
}

/**
 * The webhook outbox. A message is written in the same transaction as the case change that causes it, then
 * delivered by a dispatcher, retried with backoff, and dead-lettered (kept, visible) after too many tries.
 * @example await outbox.enqueue(trx, { messageId, caseId, marketplace: 'ebay', kind: 'remove', payload });
 */
export class OutboxRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async enqueue(
    trx: Transaction<Database>,
    message: { readonly messageId: string; readonly caseId: string; readonly marketplace: string; readonly kind: string; readonly payload: unknown; readonly at: Date },
  ): Promise<void> {
    await trx
      .insertInto('outbox')
      .values({
        id: message.messageId,
        caseId: message.caseId,
        marketplace: message.marketplace,
        kind: message.kind,
        payload: JSON.stringify(message.payload),
        state: 'pending',
        nextAttemptAt: message.at,
        createdAt: message.at,
      })
      .execute();
  }

  /** Pending messages whose next attempt is due, oldest first. */
  async due(now: Date, limit: number): Promise<OutboxMessage[]> {
    const rows = await this.db
      .selectFrom('outbox')
      .selectAll()
      .where('state', '=', 'pending')
      .where('nextAttemptAt', '<=', now)
      .orderBy('nextAttemptAt')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map(outboxMessage);
  }

  async delivered(messageId: string, attempt: DeliveryAttempt, at: Date): Promise<void> {
    await this.db
      .updateTable('outbox')
      .set({ state: 'delivered', attempts: sql`attempts + 1`, lastStatus: attempt.status, lastError: null, deliveredAt: at })
      .where('id', '=', messageId)
      .execute();
  }

  /** Records a failed attempt: retried at `retryAt`, or dead-lettered when `retryAt` is undefined. */
  async failed(messageId: string, attempt: DeliveryAttempt, retryAt: Date | undefined): Promise<void> {
    await this.db
      .updateTable('outbox')
      .set({
        state: retryAt ? 'pending' : 'dead',
        attempts: sql`attempts + 1`,
        lastStatus: attempt.status,
        lastError: attempt.error,
        ...(retryAt ? { nextAttemptAt: retryAt } : {}),
      })
      .where('id', '=', messageId)
      .execute();
  }

  /** Puts a dead-lettered message back in the queue (after the marketplace fixed its endpoint). */
  async retry(messageId: string, at: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('outbox')
      .set({ state: 'pending', nextAttemptAt: at })
      .where('id', '=', messageId)
      .where('state', '=', 'dead')
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async confirm(trx: Transaction<Database>, messageId: string, at: Date): Promise<void> {
    await trx.updateTable('outbox').set({ confirmedAt: at }).where('id', '=', messageId).execute();
  }

  async get(messageId: string): Promise<OutboxMessage | undefined> {
    const row = await this.db.selectFrom('outbox').selectAll().where('id', '=', messageId).executeTakeFirst();
    return row && outboxMessage(row);
  }

  async list(query: { readonly state?: OutboxState; readonly caseId?: string; readonly limit: number }): Promise<OutboxMessage[]> {
    let select = this.db.selectFrom('outbox').selectAll().orderBy('createdAt').orderBy('id').limit(query.limit);
    if (query.state) select = select.where('state', '=', query.state);
    if (query.caseId) select = select.where('caseId', '=', query.caseId);
    return (await select.execute()).map(outboxMessage);
  }
}

function outboxMessage(row: OutboxRow): OutboxMessage {
  return {
    messageId: row.id,
    caseId: String(row.caseId),
    marketplace: row.marketplace,
    kind: row.kind,
    payload: row.payload,
    state: row.state as OutboxState,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt,
    lastStatus: row.lastStatus,
    lastError: row.lastError,
    createdAt: row.createdAt,
    deliveredAt: row.deliveredAt,
    confirmedAt: row.confirmedAt,
  };
}
