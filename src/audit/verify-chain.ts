import { z } from 'zod';
import { fieldOfPath } from '../errors/index.js';
import { AuditRecord, chainEntry, GENESIS_HASH } from './audit-entry.js';

/**
 * What is wrong with a trail, as its most likely cause. `broken-link`: an entry does not follow the one
 * before it although both hash correctly (one was rewritten with a recomputed hash, or entries were removed
 * and the rest renumbered). `rewritten`: the entry at a checkpoint no longer has the checkpoint's hash.
 * @example ChainProblem.options // ['malformed', 'edited', 'removed', ...]
 */
export const ChainProblem = z.enum(['malformed', 'edited', 'removed', 'reordered', 'inserted', 'broken-link', 'rewritten']);
export type ChainProblem = z.infer<typeof ChainProblem>;

/** A `{seq, hash}` pair known from outside the trail (the previous page, or a published checkpoint). */
export interface ChainAnchor {
  readonly seq: number;
  readonly hash: string;
}

export interface VerifyOptions {
  /** The entry just before `records[0]`, to verify a page of a longer trail. Default: the trail's start. */
  readonly after?: ChainAnchor;
  /** An entry the trail must contain with this hash: catches a cut-off tail and a wholesale rewrite. */
  readonly checkpoint?: ChainAnchor;
}

export type VerifyResult =
  | { readonly ok: true; readonly count: number; readonly head?: ChainAnchor }
  | { readonly ok: false; readonly seq: number; readonly problem: ChainProblem; readonly message: string };

/**
 * Checks a trail (or a page of it, in `seq` order as stored) and names the first entry that was edited,
 * removed, reordered or inserted. Without a checkpoint, removing the newest entries cannot be told from
 * never having written them: keep the head's `{seq, hash}` elsewhere and pass it as `checkpoint`.
 * @example
 * verifyChain(records) // { ok: true, count: 3, head: { seq: 3, hash: '9f…' } }
 * verifyChain(records.filter((r) => r.seq !== 2)) // { ok: false, seq: 2, problem: 'removed', message: '…' }
 */
export function verifyChain(records: readonly unknown[], options: VerifyOptions = {}): VerifyResult {
  const firstSeq = (options.after?.seq ?? 0) + 1;
  const parsed: AuditRecord[] = [];
  for (const [index, raw] of records.entries()) {
    const result = AuditRecord.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0];
      const seq = typeof (raw as { seq?: unknown } | null)?.seq === 'number' ? (raw as { seq: number }).seq : firstSeq + index;
      return failure(seq, 'malformed', `entry ${seq}: field "${fieldOfPath(issue?.path ?? [])}": ${issue?.message ?? 'invalid'}`);
    }
    parsed.push(result.data);
  }
  const order = checkNumbering(parsed, firstSeq);
  if (order) return order;
  const links = checkHashes(parsed, options.after?.hash ?? GENESIS_HASH);
  if (links) return links;
  if (options.checkpoint) {
    const checkpoint = checkCheckpoint(parsed, firstSeq, options.checkpoint);
    if (checkpoint) return checkpoint;
  }
  const last = parsed.at(-1);
  return last ? { ok: true, count: parsed.length, head: { seq: last.seq, hash: last.hash } } : { ok: true, count: 0 };
}

/** Entries must be numbered firstSeq, firstSeq + 1, ... in stored order. */
function checkNumbering(records: readonly AuditRecord[], firstSeq: number): VerifyResult | undefined {
  const index = records.findIndex((record, i) => record.seq !== firstSeq + i);
  if (index < 0) return undefined;
  const expected = firstSeq + index;
  const found = records[index]?.seq ?? expected;
  if (found < expected) return failure(found, 'inserted', `a second entry ${found} appears where entry ${expected} was expected`);
  if (records.slice(index + 1).some((record) => record.seq === expected)) {
    return failure(expected, 'reordered', `entry ${expected} appears after entry ${found}`);
  }
  return failure(expected, 'removed', `entry ${expected} is missing (the next entry is ${found})`);
}

/** Each entry must hash to its `hash` and point at the hash of the entry before it. */
function checkHashes(records: readonly AuditRecord[], startHash: string): VerifyResult | undefined {
  for (const [i, record] of records.entries()) {
    const previousHash = i === 0 ? startHash : (records[i - 1]?.hash ?? '');
    // The link first: an entry slipped in and the rest renumbered shows as a link that skips one.
    if (record.prevHash !== previousHash) {
      const skipped = records[i - 1];
      if (i >= 2 && record.prevHash === records[i - 2]?.hash && skipped) {
        return failure(skipped.seq, 'inserted', `entry ${skipped.seq} was inserted: entry ${record.seq} points at entry ${skipped.seq - 1}`);
      }
      if (record.hash === chainEntry(record.prevHash, record)) {
        return failure(record.seq, 'broken-link', `entry ${record.seq} does not follow entry ${record.seq - 1}: one of them was rewritten, or entries before it were removed`);
      }
    }
    if (record.hash !== chainEntry(record.prevHash, record)) {
      return failure(record.seq, 'edited', `entry ${record.seq} was edited: its content no longer matches its hash`);
    }
  }
  return undefined;
}

function checkCheckpoint(records: readonly AuditRecord[], firstSeq: number, checkpoint: ChainAnchor): VerifyResult | undefined {
  const record = records[checkpoint.seq - firstSeq];
  if (!record) {
    const last = records.at(-1)?.seq ?? firstSeq - 1;
    if (checkpoint.seq > last) return failure(last + 1, 'removed', `entries ${last + 1} to ${checkpoint.seq} are missing: the checkpoint is at entry ${checkpoint.seq}`);
    return undefined;
  }
  if (record.hash !== checkpoint.hash) {
    return failure(record.seq, 'rewritten', `entry ${record.seq} does not have the checkpoint's hash: the trail up to it was rewritten`);
  }
  return undefined;
}

function failure(seq: number, problem: ChainProblem, message: string): VerifyResult {
  return { ok: false, seq, problem, message };
}
