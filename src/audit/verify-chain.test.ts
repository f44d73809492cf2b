import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { appendEntry, chainEntry, GENESIS_HASH, type AuditRecord, type NewAuditEntry } from './audit-entry.js';
import { verifyChain } from './verify-chain.js';

const entry = (i: number, extra: Partial<NewAuditEntry> = {}): NewAuditEntry => ({
  at: new Date(Date.UTC(2026, 2, 2, 8, i)).toISOString(),
  actor: i % 2 ? 'reviewer:ana' : 'system',
  action: 'case.transition',
  subject: `case:${i % 3}`,
  data: { step: i, to: 'action_requested' },
  ...extra,
});

function chain(length: number): AuditRecord[] {
  const records: AuditRecord[] = [];
  for (let i = 0; i < length; i++) records.push(appendEntry(records.at(-1), entry(i)));
  return records;
}

/** Rehashes an edited record as a careful forger would. */
const rehash = (record: AuditRecord): AuditRecord => ({ ...record, hash: chainEntry(record.prevHash, record) });

describe('appendEntry', () => {
  it('numbers entries and links each to the one before', () => {
    const [first, second] = chain(2);
    expect(first).toMatchObject({ seq: 1, prevHash: GENESIS_HASH });
    expect(second).toMatchObject({ seq: 2, prevHash: first?.hash });
    expect(first?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes canonical JSON: key order and timestamp spelling do not matter, content does', () => {
    const base = { seq: 1, at: '2026-03-02T08:00:00.000Z', actor: 'a', action: 'x', subject: 's', data: { a: 1, b: [1, 2] } };
    const same = { data: { b: [1, 2], a: 1 }, subject: 's', action: 'x', actor: 'a', at: '2026-03-02T09:00:00+01:00', seq: 1 };
    expect(chainEntry(GENESIS_HASH, same)).toBe(chainEntry(GENESIS_HASH, base));
    expect(chainEntry(GENESIS_HASH, { ...base, data: { a: 1, b: [2, 1] } })).not.toBe(chainEntry(GENESIS_HASH, base));
    expect(chainEntry(GENESIS_HASH, { ...base, reason: 'r' })).not.toBe(chainEntry(GENESIS_HASH, base));
  });

  it('refuses a malformed entry with a coded error naming the field', () => {
    expect(() => appendEntry(undefined, entry(0, { actor: '' }))).toThrow(
      expect.objectContaining({ code: 'RG_ERR_INVALID_RECORD', message: expect.stringContaining('field "actor"') }),
    );
    expect(() => appendEntry(undefined, entry(0, { at: 'yesterday' }))).toThrow(/field "at"/);
  });
});

describe('verifyChain: each kind of tampering', () => {
  const records = chain(6);
  const checkpoint = { seq: 6, hash: records[5]?.hash ?? '' };
  const at = (i: number): AuditRecord => records[i] as AuditRecord;

  it('accepts an intact trail, an empty one, and a page after an anchor', () => {
    expect(verifyChain(records, { checkpoint })).toEqual({ ok: true, count: 6, head: checkpoint });
    expect(verifyChain([])).toEqual({ ok: true, count: 0 });
    expect(verifyChain(records.slice(3), { after: { seq: 3, hash: at(2).hash } })).toMatchObject({ ok: true, count: 3 });
  });

  it.each([
    ['an edited field', () => records.with(2, { ...at(2), actor: 'mallory' }), 3, 'edited'],
    ['edited data', () => records.with(2, { ...at(2), data: { step: 2, to: 'dismissed' } }), 3, 'edited'],
    ['an edited hash', () => records.with(4, { ...at(4), hash: 'f'.repeat(64) }), 5, 'edited'],
    ['an edit with a recomputed hash', () => records.with(2, rehash({ ...at(2), reason: 'backdated' })), 4, 'broken-link'],
    ['a removed entry', () => records.toSpliced(3, 1), 4, 'removed'],
    ['the first entry removed', () => records.slice(1), 1, 'removed'],
    ['two entries swapped', () => records.with(1, at(3)).with(3, at(1)), 2, 'reordered'],
    ['an entry inserted with a duplicate number', () => records.toSpliced(3, 0, rehash({ ...at(2), actor: 'mallory' })), 3, 'inserted'],
    ['an entry inserted and the rest renumbered', () => forgeInsertion(records, 3), 4, 'inserted'],
    ['a malformed entry', () => records.with(1, { ...at(1), hash: 'not-a-hash' }), 2, 'malformed'],
  ])('detects %s', (_label, tamper, seq, problem) => {
    expect(verifyChain(tamper(), { checkpoint })).toMatchObject({ ok: false, seq, problem });
  });

  it('needs the checkpoint to see a cut-off tail or a trail rewritten from scratch', () => {
    expect(verifyChain(records.slice(0, 4))).toMatchObject({ ok: true, count: 4 });
    expect(verifyChain(records.slice(0, 4), { checkpoint })).toMatchObject({ ok: false, seq: 5, problem: 'removed' });
    const rewritten: AuditRecord[] = [];
    for (const record of records) rewritten.push(appendEntry(rewritten.at(-1), { ...record, actor: 'mallory' }));
    expect(verifyChain(rewritten)).toMatchObject({ ok: true });
    expect(verifyChain(rewritten, { checkpoint })).toMatchObject({ ok: false, seq: 6, problem: 'rewritten' });
  });

  it('explains the problem in a sentence', () => {
    const result = verifyChain(records.toSpliced(3, 1));
    expect(!result.ok && result.message).toBe('entry 4 is missing (the next entry is 5)');
  });
});

/** Inserts a well-formed, well-linked entry at `index` and renumbers (but cannot re-sign) what follows. */
function forgeInsertion(records: readonly AuditRecord[], index: number): AuditRecord[] {
  const before = records[index - 1];
  const forged = appendEntry(before, entry(99, { actor: 'mallory' }));
  const after = records.slice(index).map((record) => ({ ...record, seq: record.seq + 1 }));
  return [...records.slice(0, index), forged, ...after];
}

type Mutation = (records: AuditRecord[]) => AuditRecord[] | undefined;

const FIELDS = ['seq', 'at', 'actor', 'action', 'subject', 'reason', 'data', 'prevHash', 'hash'] as const;

/**
 * One change to one record (the value always differs), optionally rehashed as a forger would. A rehashed
 * newest entry is a different last append unless a checkpoint says otherwise, hence `forgeHead`.
 */
const editMutation = (forgeHead: boolean): fc.Arbitrary<Mutation> => fc.tuple(fc.nat(), fc.constantFrom(...FIELDS), fc.boolean()).map(
  ([pick, field, rehashed]): Mutation =>
    (records) => {
      const i = pick % records.length;
      const forge = rehashed && (forgeHead || i < records.length - 1);
      const record = records[i] as AuditRecord;
      const edited: AuditRecord = { ...record };
      if (field === 'seq') edited.seq = record.seq + 1 + (pick % 3);
      else if (field === 'at') edited.at = new Date(Date.parse(record.at) + 1000).toISOString();
      else if (field === 'data') edited.data = { tampered: pick };
      else if (field === 'reason') edited.reason = `${record.reason ?? ''}!`;
      else if (field === 'prevHash' || field === 'hash') edited[field] = record[field].replace(/^./, (c) => (c === '0' ? '1' : '0'));
      else edited[field] = `${record[field]}~`;
      return records.with(i, forge && field !== 'hash' ? rehash(edited) : edited);
    },
);
const removeMutation = fc.nat().map((pick): Mutation => (records) => records.toSpliced(pick % records.length, 1));
const swapMutation = fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (records) => {
  const [i, j] = [a % records.length, b % records.length];
  if (i === j) return undefined;
  return records.with(i, records[j] as AuditRecord).with(j, records[i] as AuditRecord);
});
const insertMutation = fc.tuple(fc.nat(), fc.boolean()).map(([pick, renumber]): Mutation => (records) => {
  const index = 1 + (pick % records.length);
  if (index >= records.length) return undefined; // appending at the head is what a writer does
  if (renumber) return forgeInsertion(records, index);
  const copy = rehash({ ...(records[index - 1] as AuditRecord), actor: 'mallory' });
  return records.toSpliced(index, 0, copy);
});

describe('verifyChain: any single mutation of a random trail', () => {
  test.prop([fc.integer({ min: 1, max: 25 }), fc.oneof(editMutation(true), removeMutation, swapMutation, insertMutation)], { numRuns: 500 })(
    'is detected against a checkpoint of the head',
    (length, mutate) => {
      const records = chain(length);
      const head = records.at(-1) as AuditRecord;
      const tampered = mutate(records);
      if (!tampered) return;
      expect(verifyChain(records, { checkpoint: head })).toMatchObject({ ok: true, count: length });
      expect(verifyChain(tampered, { checkpoint: head })).toMatchObject({ ok: false });
    },
  );

  test.prop([fc.integer({ min: 2, max: 25 }), fc.oneof(editMutation(false), swapMutation, insertMutation)], { numRuns: 300 })(
    'is detected without a checkpoint, except cutting or re-signing the newest entries',
    (length, mutate) => {
      const tampered = mutate(chain(length));
      if (!tampered) return;
      expect(verifyChain(tampered).ok).toBe(false);
    },
  );
});
