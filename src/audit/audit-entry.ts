import { createHash } from 'node:crypto';
import { configure } from 'safe-stable-stringify';
import { z } from 'zod';
import { fieldOfPath, RecallguardError } from '../errors/index.js';

/** `prevHash` of the first entry of a trail. */
export const GENESIS_HASH = '0'.repeat(64);

/** A lower-case hex SHA-256. */
export const AuditHash = z.string().regex(/^[0-9a-f]{64}$/, 'expected a lower-case hex SHA-256');

/**
 * One thing that happened: who (`actor`) did what (`action`) to which `subject` (a case id, a webhook
 * message id), when, why, with any JSON details. `seq` numbers a trail's entries 1, 2, 3, ...
 * @example
 * AuditEntry.parse({ seq: 1, at: '2026-03-02T08:00:00.000Z', actor: 'reviewer:ana', action: 'case.dismiss',
 *   subject: 'case:42', reason: 'different model', data: { from: 'open', to: 'dismissed' } })
 */
export const AuditEntry = z.object({
  seq: z.number().int().positive(),
  at: z.iso.datetime({ offset: true }),
  actor: z.string().min(1),
  action: z.string().min(1),
  subject: z.string().min(1),
  reason: z.string().min(1).optional(),
  data: z.json(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/**
 * An entry as stored: with the hash of the entry before it and its own hash over both.
 * @example AuditRecord.shape.hash // AuditHash
 */
export const AuditRecord = AuditEntry.extend({ prevHash: AuditHash, hash: AuditHash });
export type AuditRecord = z.infer<typeof AuditRecord>;

/** Canonical JSON: keys sorted; a cycle or a BigInt is an error rather than something hashed silently. */
const canonicalJson = configure({ deterministic: true, circularValue: TypeError, bigint: false, strict: true });

/**
 * The hash of an entry chained to the one before it: SHA-256 (hex) of `previousHash`, a line feed, and the
 * entry's canonical JSON (keys sorted, `at` rewritten as `Date#toISOString()` so a store that re-formats
 * timestamps does not break the chain; extra fields such as `prevHash` and `hash` are left out).
 * @example chainEntry(GENESIS_HASH, { seq: 1, at: '2026-03-02T08:00:00Z', actor: 'system', action: 'case.open', subject: 'case:1', data: {} })
 */
export function chainEntry(previousHash: string, entry: AuditEntry): string {
  const canonical = canonicalJson({
    seq: entry.seq,
    at: new Date(entry.at).toISOString(),
    actor: entry.actor,
    action: entry.action,
    subject: entry.subject,
    reason: entry.reason,
    data: entry.data,
  });
  return createHash('sha256').update(`${previousHash}\n${canonical}`).digest('hex');
}

/** An entry to append: everything but its number, which follows from the trail. */
export type NewAuditEntry = Omit<AuditEntry, 'seq'>;

/**
 * The record that follows `previous` (or starts a trail): the next `seq`, `prevHash` and `hash`. Pure: the
 * caller stores it, in the same transaction as the change it records. A malformed entry throws
 * `RG_ERR_INVALID_RECORD` naming the field.
 * @example
 * const first = appendEntry(undefined, { at: new Date().toISOString(), actor: 'system', action: 'case.open', subject: 'case:1', data: {} });
 * const second = appendEntry(first, { at: new Date().toISOString(), actor: 'reviewer:ana', action: 'case.request_action', subject: 'case:1', data: {} });
 * second.prevHash === first.hash // true
 */
export function appendEntry(previous: Pick<AuditRecord, 'seq' | 'hash'> | undefined, entry: NewAuditEntry): AuditRecord {
  const result = AuditEntry.safeParse({ ...entry, seq: previous ? previous.seq + 1 : 1 });
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = fieldOfPath(issue?.path ?? []);
    throw new RecallguardError('RG_ERR_INVALID_RECORD', `audit entry for ${entry.subject}: field "${field}": ${issue?.message ?? 'invalid'}`, { cause: result.error });
  }
  const parsed = result.data;
  const prevHash = previous ? previous.hash : GENESIS_HASH;
  return { ...parsed, prevHash, hash: chainEntry(prevHash, parsed) };
}
