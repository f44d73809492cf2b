import { sql, type Kysely, type Transaction } from 'kysely';
import { appendEntry, type AuditRecord, type NewAuditEntry } from '../audit/index.js';
import type { AuditEntryRow, Database } from './schema.js';

/** Serialises appends across connections and processes, so the chain never forks. */
const AUDIT_LOCK = 7_310_246;

/**
 * The audit trail: entries are only ever appended, each hash-chained to the one before it, inside the
 * transaction of the change they record. Nothing updates or deletes an entry.
 * @example await audit.append(trx, { at, actor: 'reviewer:ana', action: 'case.dismiss', subject: 'case:4', reason, data });
 */
export class AuditRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async append(trx: Transaction<Database>, entry: NewAuditEntry): Promise<AuditRecord> {
    await sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`.execute(trx);
    const last = await trx.selectFrom('auditEntry').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
    const record = appendEntry(last ? { seq: Number(last.seq), hash: last.hash } : undefined, entry);
    await trx
      .insertInto('auditEntry')
      .values({
        seq: record.seq,
        at: new Date(record.at),
        actor: record.actor,
        action: record.action,
        subject: record.subject,
        reason: record.reason ?? null,
        data: JSON.stringify(record.data),
        previousHash: record.prevHash,
        hash: record.hash,
      })
      .execute();
    return record;
  }

  /** Entries in order, `limit` after `afterSeq`; page through the whole trail with it. */
  async page(afterSeq: number, limit: number): Promise<AuditRecord[]> {
    const rows = await this.db.selectFrom('auditEntry').selectAll().where('seq', '>', String(afterSeq)).orderBy('seq').limit(limit).execute();
    return rows.map(auditRecord);
  }

  async forSubject(subject: string): Promise<AuditRecord[]> {
    const rows = await this.db.selectFrom('auditEntry').selectAll().where('subject', '=', subject).orderBy('seq').execute();
    return rows.map(auditRecord);
  }
}

function auditRecord(row: AuditEntryRow): AuditRecord {
  return {
    seq: Number(row.seq),
    at: row.at.toISOString(),
    actor: row.actor,
    action: row.action,
    subject: row.subject,
    ...(row.reason !== null ? { reason: row.reason } : {}),
    data: row.data as AuditRecord['data'],
    prevHash: row.previousHash,
    hash: row.hash,
  };
}
