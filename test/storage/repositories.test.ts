import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listingOf, recallOf } from '../../src/matching/testing/factories.js';
import { migrate, type Store } from '../../src/storage/index.js';
import { DIALECTS, type TestStore } from './dialects.js';

const anker = recallOf('cpsc:25338', { name: 'Anker PowerCore 10000 power bank', brands: ['Anker'], modelNumbers: ['A1263'] });
const visor = recallOf('cpsc:17057', { name: 'Hockey visor', brands: ['Oakley'], modelNumbers: ['HV-100'] });

describe.each(DIALECTS)('repositories on $name', (dialect) => {
  let handle: TestStore;
  let store: Store;

  beforeEach(async () => {
    handle = await dialect.openStore();
    store = handle.store;
  }, 60_000);

  afterEach(async () => {
    await handle.drop();
  });

  it('runs its migrations once: a second run changes nothing', async () => {
    await store.recalls.upsert([anker]);
    await migrate(store.db, handle.schema);
    expect(await store.recalls.count()).toBe(1);
  });

  describe('recalls', () => {
    it('adds new recalls as version 1 and leaves an identical re-import unchanged', async () => {
      const first = await store.recalls.upsert([anker, visor]);
      expect(first).toMatchObject({ added: 2, changed: 0, unchanged: 0 });
      expect(first.touched).toEqual([
        { id: 'cpsc:25338', version: 1 },
        { id: 'cpsc:17057', version: 1 },
      ]);
      const again = await store.recalls.upsert([anker, visor]);
      expect(again).toEqual({ added: 0, changed: 0, unchanged: 2, touched: [] });
      expect(await store.recalls.versions('cpsc:25338')).toHaveLength(1);
    });

    it('keeps the old version when a recall changes, and serves the new one as current', async () => {
      await store.recalls.upsert([anker]);
      const edited = { ...anker, title: 'Anker power banks recalled again' };
      const outcome = await store.recalls.upsert([edited]);
      expect(outcome).toMatchObject({ added: 0, changed: 1, touched: [{ id: 'cpsc:25338', version: 2 }] });
      const versions = await store.recalls.versions('cpsc:25338');
      expect(versions.map((version) => [version.version, version.recall.title])).toEqual([
        [2, 'Anker power banks recalled again'],
        [1, anker.title],
      ]);
      expect((await store.recalls.current()).map((entry) => [entry.recall.title, entry.version])).toEqual([['Anker power banks recalled again', 2]]);
    });

    it('hashes content, not key order: the same recall with fields reordered is unchanged', async () => {
      await store.recalls.upsert([anker]);
      const reordered = Object.fromEntries(Object.entries(anker).reverse()) as typeof anker;
      expect((await store.recalls.upsert([reordered])).unchanged).toBe(1);
    });

    it('finds recalls by words of the title, brand or model, by source and by page', async () => {
      await store.recalls.upsert([anker, visor, recallOf('eu-safety-gate:A12/0001/25', { name: 'Toy car' })]);
      expect((await store.recalls.search({ q: 'a1263', limit: 10 })).map((row) => row.id)).toEqual(['cpsc:25338']);
      expect((await store.recalls.search({ q: 'HOCKEY oakley', limit: 10 })).map((row) => row.id)).toEqual(['cpsc:17057']);
      expect((await store.recalls.search({ q: '100%', limit: 10 })).map((row) => row.id)).toEqual([]);
      expect((await store.recalls.search({ source: 'eu-safety-gate', limit: 10 })).map((row) => row.id)).toEqual(['eu-safety-gate:A12/0001/25']);
      const firstPage = await store.recalls.search({ limit: 2 });
      const secondPage = await store.recalls.search({ limit: 2, after: firstPage[1]?.id });
      expect([...firstPage, ...secondPage].map((row) => row.id)).toEqual(['cpsc:17057', 'cpsc:25338', 'eu-safety-gate:A12/0001/25']);
      expect(await store.recalls.search({ since: new Date(Date.now() + 60_000), limit: 10 })).toEqual([]);
    });
  });

  describe('listings', () => {
    it('upserts by marketplace and id, reporting only new or changed listings as changed', async () => {
      const a = listingOf('Anker PowerCore 10000 A1263', { id: 'l1', marketplace: 'ebay' });
      const b = listingOf('Garden hose 15 m', { id: 'l1' });
      const first = await store.listings.upsert([a, b]);
      expect(first.added).toBe(2);
      expect(first.changed.map((stored) => [stored.marketplace, stored.id])).toEqual([
        ['ebay', 'l1'],
        ['default', 'l1'],
      ]);
      const second = await store.listings.upsert([a, { ...b, price: 12 }]);
      expect(second).toMatchObject({ added: 0, unchanged: 1 });
      expect(second.changed.map((stored) => stored.listing.price)).toEqual([12]);
    });

    it('keeps unknown fields as they came, with their own key spelling', async () => {
      const listing = listingOf('Kettle', { id: 'k', marketplace: 'temu' });
      await store.listings.upsert([{ ...listing, seller_rating: 4.5, extra: { snake_key: 1 } } as typeof listing]);
      expect((await store.listings.get({ marketplace: 'temu', id: 'k' }))?.listing).toMatchObject({ seller_rating: 4.5, extra: { snake_key: 1 } });
    });

    it('marks a deleted listing, hides it, and treats its return as a change', async () => {
      const listing = listingOf('Kettle', { id: 'k' });
      await store.listings.upsert([listing]);
      expect(await store.listings.markDeleted({ marketplace: 'default', id: 'k' })).toBe(true);
      expect(await store.listings.markDeleted({ marketplace: 'default', id: 'k' })).toBe(false);
      expect(await store.listings.get({ marketplace: 'default', id: 'k' })).toBeUndefined();
      expect(await store.listings.countLive()).toBe(0);
      expect((await store.listings.upsert([listing])).changed).toHaveLength(1);
    });

    it('upserts thousands of listings in one call, with quotes and commas in ids, and the store stays usable', async () => {
      const many = Array.from({ length: 3_000 }, (_, n) => listingOf(`item ${n}`, { id: `id "${n}", {x}`, marketplace: n % 2 ? 'ebay' : 'temu' }));
      expect((await store.listings.upsert(many)).added).toBe(3_000);
      const again = await store.listings.upsert(many);
      expect(again).toMatchObject({ added: 0, unchanged: 3_000 });
      expect(await store.listings.countLive()).toBe(3_000);
      expect((await store.listings.get({ marketplace: 'ebay', id: 'id "1", {x}' }))?.listing.title).toBe('item 1');
    });

    it('pages through live listings in key order', async () => {
      await store.listings.upsert(['c', 'a', 'b', 'd'].map((id) => listingOf(`item ${id}`, { id })));
      await store.listings.markDeleted({ marketplace: 'default', id: 'b' });
      const first = await store.listings.page(undefined, 2);
      const rest = await store.listings.page(first[1], 2);
      expect([...first, ...rest].map((stored) => stored.id)).toEqual(['a', 'c', 'd']);
    });
  });

  describe('ingest runs', () => {
    it('records counts and every rejected record with its field and reason', async () => {
      const runId = await store.ingestRuns.start('listings', 'upload.ndjson');
      const run = await store.ingestRuns.finish(runId, { added: 2, changed: 1, unchanged: 3 }, [
        { source: 'upload.ndjson', recordId: 'line 4', field: 'title', message: 'Required' },
        { source: 'upload.ndjson', recordId: 'x9', field: 'price', message: 'must be at least 0' },
      ]);
      expect(run).toMatchObject({ kind: 'listings', source: 'upload.ndjson', added: 2, changed: 1, unchanged: 3, rejected: 2 });
      expect(run.finishedAt).toBeInstanceOf(Date);
      expect(await store.ingestRuns.problems(runId)).toEqual([
        { record: 'line 4', field: 'title', problem: 'Required' },
        { record: 'x9', field: 'price', problem: 'must be at least 0' },
      ]);
      expect((await store.ingestRuns.recent(5)).map((each) => each.runId)).toEqual([runId]);
    });
  });

  describe('API keys', () => {
    it('verifies a created key, stores only its hash, and rejects wrong, malformed and revoked keys', async () => {
      const created = await store.apiKeys.create('integration', 'shop A');
      expect(created.key).toMatch(/^rg_[0-9a-f]{12}_[A-Za-z0-9_-]{32}$/);
      expect(await store.apiKeys.verify(created.key)).toEqual({ id: created.id, role: 'integration' });
      const stored = await store.db.selectFrom('apiKey').select('hash').executeTakeFirstOrThrow();
      const secret = created.key.slice('rg_'.length + created.id.length + 1);
      expect(secret).toHaveLength(32);
      expect(stored.hash).not.toContain(secret);
      const tampered = `${created.key.slice(0, -1)}${created.key.endsWith('A') ? 'B' : 'A'}`;
      expect(await store.apiKeys.verify(tampered)).toBeUndefined();
      expect(await store.apiKeys.verify('not a key')).toBeUndefined();
      expect(await store.apiKeys.verify(`rg_000000000000_${'a'.repeat(32)}`)).toBeUndefined();
      expect(await store.apiKeys.revoke(created.id)).toBe(true);
      expect(await store.apiKeys.verify(created.key)).toBeUndefined();
      expect((await store.apiKeys.list()).map((key) => [key.id, key.role, key.label, key.revokedAt !== null])).toEqual([[created.id, 'integration', 'shop A', true]]);
    });
  });
});
