import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/** What happens to a `block` match of a source's recall: a takedown request at once, or a reviewer first. */
export type TakedownMode = 'auto_takedown' | 'review_first';

export interface SourcePolicy {
  readonly source: string;
  readonly mode: TakedownMode;
  /** A `DeadlinePolicy` (src/deadlines), stored as given. */
  readonly deadline: unknown;
}

export interface PriorityRecall {
  readonly recallId: string;
  /** The regulator's list it came from, e.g. `cpsc-priority-2026-11`. */
  readonly list: string;
  readonly deadline: unknown;
  readonly notifiedAt: Date;
}

/**
 * Per-source takedown policies and regulators' priority lists (recalls with their own, shorter deadlines).
 * @example await policies.setSource({ source: 'cpsc', mode: 'auto_takedown', deadline: { kind: 'hours', hours: 24 } });
 */
export class PolicyRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async setSource(policy: SourcePolicy): Promise<void> {
    await this.db
      .insertInto('sourcePolicy')
      .values({ source: policy.source, mode: policy.mode, deadline: JSON.stringify(policy.deadline) })
      .onConflict((conflict) =>
        conflict.column('source').doUpdateSet((eb) => ({ mode: eb.ref('excluded.mode'), deadline: eb.ref('excluded.deadline'), updatedAt: sql<Date>`now()` })),
      )
      .execute();
  }

  async sources(): Promise<SourcePolicy[]> {
    const rows = await this.db.selectFrom('sourcePolicy').select(['source', 'mode', 'deadline']).orderBy('source').execute();
    return rows.map((row) => ({ source: row.source, mode: row.mode as TakedownMode, deadline: row.deadline }));
  }

  /** Upserts a priority list's entries; re-importing the same list changes nothing. Returns how many were new or changed. */
  async setPriority(entries: readonly PriorityRecall[]): Promise<number> {
    let changed = 0;
    for (const entry of entries) {
      const result = await this.db
        .insertInto('priorityRecall')
        .values({ recallId: entry.recallId, list: entry.list, deadline: JSON.stringify(entry.deadline), notifiedAt: entry.notifiedAt })
        .onConflict((conflict) =>
          conflict
            .column('recallId')
            .doUpdateSet((eb) => ({ list: eb.ref('excluded.list'), deadline: eb.ref('excluded.deadline'), notifiedAt: eb.ref('excluded.notifiedAt') }))
            .where(sql<boolean>`(priority_recall.list, priority_recall.deadline, priority_recall.notified_at) is distinct from (excluded.list, excluded.deadline, excluded.notified_at)`),
        )
        .executeTakeFirst();
      changed += Number(result.numInsertedOrUpdatedRows ?? 0n);
    }
    return changed;
  }

  async priority(recallId: string): Promise<PriorityRecall | undefined> {
    const row = await this.db.selectFrom('priorityRecall').selectAll().where('recallId', '=', recallId).executeTakeFirst();
    return row && { recallId: row.recallId, list: row.list, deadline: row.deadline, notifiedAt: row.notifiedAt };
  }

  async setWebhookEndpoint(marketplace: string, url: string, secret: string): Promise<void> {
    await this.db
      .insertInto('webhookEndpoint')
      .values({ marketplace, url, secret })
      .onConflict((conflict) => conflict.column('marketplace').doUpdateSet((eb) => ({ url: eb.ref('excluded.url'), secret: eb.ref('excluded.secret') })))
      .execute();
  }

  async webhookEndpoint(marketplace: string): Promise<{ readonly url: string; readonly secret: string } | undefined> {
    return this.db.selectFrom('webhookEndpoint').select(['url', 'secret']).where('marketplace', '=', marketplace).executeTakeFirst();
  }
}
