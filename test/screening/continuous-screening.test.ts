import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ALGORITHM } from '../../src/matching/index.js';
import { listingOf, recallOf } from '../../src/matching/testing/factories.js';
import { ScreeningService } from '../../src/screening/index.js';
import type { Store, StoredMatch } from '../../src/storage/index.js';
import { DIALECTS, type TestStore } from '../storage/dialects.js';

const anker = recallOf('cpsc:25338', { name: 'Anker PowerCore 10000 power bank', brands: ['Anker'], modelNumbers: ['A1263'] });
const baseus = recallOf('cpsc:26001', { name: 'Baseus 30000mAh laptop power bank', brands: ['Baseus'], modelNumbers: ['BS-30KP365'] });

const ankerListing = listingOf('Anker PowerCore 10000 portable charger A1263', { id: 'anker-1', marketplace: 'ebay' });
const baseusListing = listingOf('Baseus 65W 30000mAh power bank BS30KP365', { id: 'baseus-1', marketplace: 'temu' });
const kettle = listingOf('Stainless steel electric kettle 1.7 L', { id: 'kettle-1', marketplace: 'ebay' });

/** What matters of a match for comparing two runs: not its timestamps or row id. */
function essence(match: StoredMatch) {
  return [match.marketplace, match.id, match.recallId, match.productIndex, match.recallVersion, match.decision, match.score, match.status];
}

async function allMatches(store: Store): Promise<unknown[]> {
  return (await store.matches.list({ limit: 1000 })).map(essence);
}

describe.each(DIALECTS)('continuous screening on $name', (dialect) => {
  let handle: TestStore;
  let store: Store;
  let service: ScreeningService;

  beforeEach(async () => {
    handle = await dialect.openStore();
    store = handle.store;
    service = new ScreeningService(store);
  }, 60_000);

  afterEach(async () => {
    await handle.drop();
  });

  it('screens new listings against the stored recalls and does not screen unchanged ones again', async () => {
    await service.ingestRecalls('test', [anker], []);
    const first = await service.ingestListings('upload', [ankerListing, kettle], []);
    expect(first).toMatchObject({ screened: 2, matched: 1, withdrawn: 0 });
    expect(first.run).toMatchObject({ kind: 'listings', added: 2, changed: 0, unchanged: 0, rejected: 0 });
    const [match] = await store.matches.forListing({ marketplace: 'ebay', id: 'anker-1' });
    expect(match).toMatchObject({ recallId: 'cpsc:25338', decision: 'block', status: 'active', recallVersion: 1, algorithm: DEFAULT_ALGORITHM });
    expect(match?.features.map((feature) => feature.name)).toContain('model_exact');

    const before = await allMatches(store);
    const again = await service.ingestListings('upload', [ankerListing, kettle], []);
    expect(again).toMatchObject({ screened: 0, matched: 0, withdrawn: 0 });
    expect(again.run).toMatchObject({ added: 0, changed: 0, unchanged: 2 });
    expect(await allMatches(store)).toEqual(before);
  });

  it('withdraws, never deletes, the match of a listing edited so it no longer matches', async () => {
    await service.ingestRecalls('test', [anker], []);
    await service.ingestListings('upload', [ankerListing], []);
    const edited = await service.ingestListings('upload', [{ ...ankerListing, title: 'Ceramic flower pot, 20 cm' }], []);
    expect(edited).toMatchObject({ screened: 1, matched: 0, withdrawn: 1 });
    const [match] = await store.matches.forListing({ marketplace: 'ebay', id: 'anker-1' });
    expect(match).toMatchObject({ recallId: 'cpsc:25338', status: 'withdrawn' });
    expect(match?.withdrawnAt).toBeInstanceOf(Date);
  });

  it('sweeps the stored listings when a recall arrives, and a second sweep gives the same matches', async () => {
    await service.ingestRecalls('test', [anker], []);
    await service.ingestListings('upload', [ankerListing, baseusListing, kettle], []);
    expect(await store.matches.list({ recallId: 'cpsc:26001', limit: 10 })).toEqual([]);

    const { sweeps } = await service.ingestRecalls('test', [anker, baseus], []);
    expect(sweeps).toEqual([expect.objectContaining({ recallId: 'cpsc:26001', recallVersion: 1, scanned: 3, total: 3, matched: 1, done: true })]);
    const swept = await store.matches.list({ recallId: 'cpsc:26001', limit: 10 });
    expect(swept.map((match) => [match.marketplace, match.id, match.decision])).toEqual([['temu', 'baseus-1', 'block']]);

    const before = await allMatches(store);
    const again = await service.sweep('cpsc:26001');
    expect(again).toMatchObject({ scanned: 3, matched: 1, withdrawn: 0, done: true });
    expect(await allMatches(store)).toEqual(before);
  });

  it('scores a swept listing exactly as the listing path does', async () => {
    await service.ingestRecalls('test', [baseus], []);
    await service.ingestListings('upload', [baseusListing], []);
    const fromListingPath = await allMatches(store);
    await service.sweep('cpsc:26001');
    expect(await allMatches(store)).toEqual(fromListingPath);
  });

  it('withdraws the matches a changed recall no longer supports, keeping the recall version of those it does', async () => {
    await service.ingestRecalls('test', [anker, baseus], []);
    await service.ingestListings('upload', [ankerListing, baseusListing], []);
    const narrowed = recallOf('cpsc:26001', { name: 'Garden sprinkler', brands: ['Rain Bird'], modelNumbers: ['RB-11'] });
    const { sweeps } = await service.ingestRecalls('test', [narrowed], []);
    expect(sweeps).toEqual([expect.objectContaining({ recallId: 'cpsc:26001', recallVersion: 2, matched: 0, withdrawn: 1, done: true })]);
    const [withdrawn] = await store.matches.list({ recallId: 'cpsc:26001', limit: 10 });
    expect(withdrawn).toMatchObject({ id: 'baseus-1', status: 'withdrawn', recallVersion: 1 });
    expect(await store.matches.list({ recallId: 'cpsc:25338', status: 'active', limit: 10 })).toHaveLength(1);
    expect((await store.recalls.versions('cpsc:26001')).map((version) => version.version)).toEqual([2, 1]);
  });

  it('resumes a sweep stopped after a page from where it stopped, with the same result as an uninterrupted one', async () => {
    const listings = Array.from({ length: 7 }, (_, n) =>
      n % 3 === 0 ? { ...baseusListing, id: `b${n}` } : listingOf(`Plain cotton t-shirt size ${n}`, { id: `t${n}` }),
    );
    await service.ingestListings('upload', listings, []);
    const stop = new AbortController();
    const progress: number[] = [];
    const stopped = await service.ingestRecalls('test', [baseus], [], {
      pageSize: 3,
      signal: stop.signal,
      onProgress: (status) => {
        progress.push(status.scanned);
        stop.abort();
      },
    });
    expect(stopped.sweeps).toEqual([expect.objectContaining({ scanned: 3, done: false })]);
    expect(await store.sweeps.unfinished()).toHaveLength(1);

    const resumed = await service.resumeSweeps({ pageSize: 3, onProgress: (status) => progress.push(status.scanned) });
    expect(resumed).toEqual([expect.objectContaining({ scanned: 7, total: 7, matched: 3, done: true })]);
    expect(progress).toEqual([3, 6, 7, 7]);
    expect(await store.sweeps.unfinished()).toEqual([]);
    const ids = (await store.matches.list({ status: 'active', limit: 10 })).map((match) => match.id).sort();
    expect(ids).toEqual(['b0', 'b3', 'b6']);
  });

  it('withdraws the matches of a deleted listing and leaves it out of later sweeps', async () => {
    await service.ingestRecalls('test', [anker], []);
    await service.ingestListings('upload', [ankerListing, kettle], []);
    expect(await service.deleteListing({ marketplace: 'ebay', id: 'anker-1' })).toBe(true);
    expect(await service.deleteListing({ marketplace: 'ebay', id: 'anker-1' })).toBe(false);
    expect(await store.matches.list({ status: 'active', limit: 10 })).toEqual([]);
    expect(await service.sweep('cpsc:25338')).toMatchObject({ scanned: 1, matched: 0 });
  });

  it('records a run with its rejected records while storing the good ones', async () => {
    const outcome = await service.ingestListings('upload.ndjson', [kettle], [{ source: 'upload.ndjson', recordId: 'line 2', field: 'title', message: 'Required' }]);
    expect(outcome.run).toMatchObject({ added: 1, rejected: 1 });
    expect(await store.ingestRuns.problems(outcome.run.runId)).toEqual([{ record: 'line 2', field: 'title', problem: 'Required' }]);
    expect(await store.listings.countLive()).toBe(1);
  });

  it('finishes the run of a reader that breaks off and names it to the caller, though another run started since', async () => {
    let started: string | undefined;
    let other: string | undefined;
    async function* breakingReader() {
      yield [{ ok: true as const, listing: kettle, position: 1 }];
      // another import into the same store starts meanwhile: the newest run is no longer this one
      other = await store.ingestRuns.start('listings', 'other.ndjson');
      throw new Error('line 3 is not valid JSON');
    }
    await expect(service.ingestListingBatches('broken.ndjson', breakingReader(), { onRunStarted: (id) => (started = id) })).rejects.toThrow(
      'line 3 is not valid JSON',
    );
    expect(started).toBeDefined();
    expect(await store.ingestRuns.get(started as string)).toMatchObject({ kind: 'listings', source: 'broken.ndjson', added: 1 });
    expect((await store.ingestRuns.recent(1))[0]?.runId).toBe(other);
    expect(await store.listings.countLive()).toBe(1);
  });

  it('screens without storing anything', async () => {
    await service.ingestRecalls('test', [anker], []);
    const [result] = await service.screen([ankerListing]);
    expect(result).toMatchObject({ listingId: 'anker-1', decision: 'block' });
    expect(await store.listings.countLive()).toBe(0);
  });
});
