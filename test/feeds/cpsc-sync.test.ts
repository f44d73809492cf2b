import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecallguardError } from '../../src/errors/index.js';
import { cpscApiAdapter } from '../../src/feeds/cpsc/cpsc-api-adapter.js';
import { CpscClient } from '../../src/feeds/cpsc/cpsc-client.js';
import {
  convertSyncedRecords,
  dedupeByRecallId,
  loadSyncState,
  saveSyncState,
  syncCpsc,
  type CpscSyncState,
} from '../../src/feeds/cpsc/cpsc-sync.js';
import { startReplayServer, type ReplayServer } from '../support/replay-server.js';

const NOW = new Date('2026-08-20T06:00:00.000Z');
const DAY = 86_400_000;
const daysAgo = (days: number): string => new Date(NOW.getTime() - days * DAY).toISOString();

let server: ReplayServer;
let client: CpscClient;

beforeEach(async () => {
  server = await startReplayServer();
  client = new CpscClient({ baseUrl: server.url, timeoutMs: 500, retries: 1, minBackoffMs: 5, maxBackoffMs: 10 });
});
afterEach(async () => {
  await server.close();
});

const sentParams = (): readonly (readonly [string, string])[] | undefined => server.requests.at(-1)?.params;
const ids = (records: readonly unknown[]): unknown[] => records.map((record) => (record as { RecallID: unknown }).RecallID);

describe('syncCpsc: choosing the mode and the query', () => {
  it('runs a full sync without a LastPublishDate filter on the first run', async () => {
    const result = await syncCpsc({ client, state: {}, now: NOW });

    expect(result).toMatchObject({ mode: 'full', reason: 'first-sync', query: {} });
    expect(sentParams()).toEqual([['format', 'json']]);
    expect(ids(result.records)).toEqual([10924, 10910, 10812, 8935, 7938]);
    expect(result.nextState).toEqual({
      lastPublishDate: '2026-08-13',
      lastFullSyncAt: NOW.toISOString(),
      lastSyncAt: NOW.toISOString(),
    });
  });

  it('bounds a full sync by the configured floor', async () => {
    server.script({ kind: 'body', body: '[]' });
    const result = await syncCpsc({ client, state: {}, now: NOW, fullSyncFrom: '2020-01-01' });

    expect(result.mode).toBe('full');
    expect(sentParams()).toEqual([
      ['format', 'json'],
      ['LastPublishDateStart', '2020-01-01'],
    ]);
  });

  it('syncs incrementally from the last publish date minus one day of overlap', async () => {
    const state: CpscSyncState = { lastPublishDate: '2026-08-06', lastFullSyncAt: daysAgo(2), lastSyncAt: daysAgo(1) };
    const result = await syncCpsc({ client, state, now: NOW });

    expect(result).toMatchObject({ mode: 'incremental', reason: 'incremental', query: { LastPublishDateStart: '2026-08-05' } });
    expect(sentParams()).toEqual([
      ['format', 'json'],
      ['LastPublishDateStart', '2026-08-05'],
    ]);
    // 10910 was published on the boundary day itself: the overlap re-reads it.
    expect(ids(result.records)).toEqual([10924, 10910]);
    expect(result.nextState).toEqual({
      lastPublishDate: '2026-08-13',
      lastFullSyncAt: state.lastFullSyncAt,
      lastSyncAt: NOW.toISOString(),
    });
  });

  it.each([
    { lastPublishDate: '2026-08-06', overlapDays: 0, start: '2026-08-06' },
    { lastPublishDate: '2026-08-06', overlapDays: 3, start: '2026-08-03' },
    { lastPublishDate: '2026-03-01', overlapDays: 1, start: '2026-02-28' },
    { lastPublishDate: '2024-03-01', overlapDays: 1, start: '2024-02-29' },
    { lastPublishDate: '2026-01-01', overlapDays: 1, start: '2025-12-31' },
  ])('overlap of $overlapDays day(s) from $lastPublishDate starts at $start', async ({ lastPublishDate, overlapDays, start }) => {
    server.script({ kind: 'body', body: '[]' });
    const state = { lastPublishDate, lastFullSyncAt: daysAgo(1) };
    const result = await syncCpsc({ client, state, now: NOW, overlapDays });

    expect(sentParams()).toEqual([
      ['format', 'json'],
      ['LastPublishDateStart', start],
    ]);
    expect(result.records).toEqual([]);
    expect(result.nextState.lastPublishDate).toBe(lastPublishDate);
  });

  it('runs a full re-sync once the last full sync is fullResyncEveryDays old', async () => {
    const base = { lastPublishDate: '2026-08-06' };
    const fresh = await syncCpsc({ client, state: { ...base, lastFullSyncAt: daysAgo(6.9) }, now: NOW });
    expect(fresh.mode).toBe('incremental');

    const due = await syncCpsc({ client, state: { ...base, lastFullSyncAt: daysAgo(7) }, now: NOW });
    expect(due).toMatchObject({ mode: 'full', reason: 'full-resync-due', query: {} });
    expect(due.nextState.lastFullSyncAt).toBe(NOW.toISOString());

    const custom = await syncCpsc({ client, state: { ...base, lastFullSyncAt: daysAgo(3) }, now: NOW, fullResyncEveryDays: 3 });
    expect(custom.mode).toBe('full');
    expect(server.requests.map((request) => request.key)).toEqual([
      '/RestWebServices/Recall?LastPublishDateStart=2026-08-05&format=json',
      '/RestWebServices/Recall?format=json',
      '/RestWebServices/Recall?format=json',
    ]);
  });

  it('lets `since` force an incremental sync, even when a full one is due', async () => {
    const result = await syncCpsc({ client, state: {}, now: NOW, since: '2026-08-12' });

    expect(result).toMatchObject({ mode: 'incremental', reason: 'since', query: { LastPublishDateStart: '2026-08-12' } });
    expect(result.nextState.lastFullSyncAt).toBeUndefined();
    expect(result.nextState.lastSyncAt).toBe(NOW.toISOString());
  });

  it('keeps one record per RecallID, the one with the newest LastPublishDate', async () => {
    const result = await syncCpsc({ client, state: {}, now: NOW, since: '2026-08-12' });

    expect(result.records).toHaveLength(1);
    expect(result.records[0]).toMatchObject({ RecallID: 10924, LastPublishDate: '2026-08-14T00:00:00' });
    expect(result.nextState.lastPublishDate).toBe('2026-08-14');
  });

  it('refuses bad options before sending anything', async () => {
    const error = await syncCpsc({ client, state: {}, now: NOW, since: '12/08/2026' }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(RecallguardError);
    expect(error).toMatchObject({ code: 'RG_ERR_INVALID_CONFIG' });
    await expect(syncCpsc({ client, state: {}, now: NOW, overlapDays: -1 })).rejects.toMatchObject({
      code: 'RG_ERR_INVALID_CONFIG',
    });
    expect(server.requests).toHaveLength(0);
  });

  it('lets a feed error through, leaving the caller to keep its old state', async () => {
    server.script({ kind: 'status', status: 404 });
    await expect(syncCpsc({ client, state: {}, now: NOW })).rejects.toMatchObject({ code: 'RG_ERR_FEED_HTTP' });
  });
});

describe('convertSyncedRecords', () => {
  it('turns a full sync into recalls through the CPSC API adapter', async () => {
    const { records } = await syncCpsc({ client, state: {}, now: NOW });
    const { recalls, problems } = convertSyncedRecords(cpscApiAdapter, records);

    expect(problems).toEqual([]);
    expect(recalls.map((recall) => recall.id)).toEqual(['cpsc:26696', 'cpsc:26675', 'cpsc:26542', 'cpsc:21022', 'cpsc:17057']);
  });

  it('reports a bad record as problems and still converts the others', async () => {
    const [good] = (await client.fetchRecalls({ RecallNumber: '17057' })) as [unknown];
    server.script({ kind: 'body', body: JSON.stringify([{ RecallID: 5 }, good]) });
    const { records } = await syncCpsc({ client, state: {}, now: NOW, since: '2026-08-01' });
    const { recalls, problems } = convertSyncedRecords(cpscApiAdapter, records);

    expect(recalls.map((recall) => recall.id)).toEqual(['cpsc:17057']);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem.recordId).toContain('5');
  });
});

describe('dedupeByRecallId', () => {
  it('keeps the newest version in the place of the first, the first on a tie, and unkeyed records', () => {
    const records = [
      { RecallID: 1, LastPublishDate: '2026-08-13T00:00:00', v: 'a' },
      { RecallID: 2, LastPublishDate: '2026-08-01T00:00:00', v: 'b' },
      { RecallID: 1, LastPublishDate: '2026-08-14T00:00:00', v: 'c' },
      { RecallID: 2, LastPublishDate: '2026-08-01T00:00:00', v: 'd' },
      { RecallID: 1, LastPublishDate: '2026-08-12T00:00:00', v: 'e' },
      { Title: 'no id' },
      { Title: 'no id' },
    ];
    expect(dedupeByRecallId(records).map((record) => (record as { v?: string }).v ?? 'x')).toEqual(['c', 'b', 'x', 'x']);
  });

  it('treats a numeric and a string RecallID alike', () => {
    expect(dedupeByRecallId([{ RecallID: 7938 }, { RecallID: '7938', LastPublishDate: '2016-12-20' }])).toEqual([
      { RecallID: '7938', LastPublishDate: '2016-12-20' },
    ]);
  });
});

describe('sync state file', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'recallguard-sync-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  const state: CpscSyncState = {
    lastPublishDate: '2026-08-13',
    lastFullSyncAt: '2026-08-15T06:00:00.000Z',
    lastSyncAt: '2026-08-20T06:00:00.000Z',
  };

  it('reads a missing file as an empty state', async () => {
    expect(await loadSyncState(join(folder, 'absent.json'))).toEqual({});
  });

  it('round-trips a state, creating the folder, leaving no temporary file', async () => {
    const path = join(folder, 'nested', 'cpsc-sync.json');
    await saveSyncState(path, state);
    expect(await loadSyncState(path)).toEqual(state);

    await saveSyncState(path, { ...state, lastPublishDate: '2026-08-14' });
    expect((await loadSyncState(path)).lastPublishDate).toBe('2026-08-14');
    expect(await readdir(join(folder, 'nested'))).toEqual(['cpsc-sync.json']);
  });

  it('never exposes a half-written file to a concurrent reader', async () => {
    const path = join(folder, 'cpsc-sync.json');
    await saveSyncState(path, state);
    const days = Array.from({ length: 30 }, (_, i) => `2026-07-${String(i + 1).padStart(2, '0')}`);
    const writes = days.map((day) => saveSyncState(path, { ...state, lastPublishDate: day }));
    const reads = days.map(() => loadSyncState(path));
    const seen = await Promise.all(reads);
    await Promise.all(writes);

    for (const read of seen) expect([state.lastPublishDate, ...days]).toContain(read.lastPublishDate);
    expect(await readdir(folder)).toEqual(['cpsc-sync.json']);
  });

  it('keeps the old file and cleans up when the write fails', async () => {
    const path = join(folder, 'is-a-folder');
    await mkdir(path);
    await expect(saveSyncState(path, state)).rejects.toMatchObject({ code: 'RG_ERR_BAD_INPUT' });
    expect(await readdir(folder)).toEqual(['is-a-folder']);

    const file = join(folder, 'cpsc-sync.json');
    await saveSyncState(file, state);
    await expect(saveSyncState(file, { lastPublishDate: 'yesterday' })).rejects.toMatchObject({ code: 'RG_ERR_BAD_INPUT' });
    expect(await loadSyncState(file)).toEqual(state);
  });

  it.each([
    { what: 'invalid JSON', content: '{"lastPublishDate": "2026-08-13",' },
    { what: 'a wrong date', content: '{"lastPublishDate": "13/08/2026"}' },
    { what: 'not an object', content: '[]' },
  ])('names the file when it holds $what', async ({ content }) => {
    const path = join(folder, 'cpsc-sync.json');
    await writeFile(path, content);
    const error = await loadSyncState(path).catch((reason: unknown) => reason);

    expect(error).toBeInstanceOf(RecallguardError);
    expect(error).toMatchObject({ code: 'RG_ERR_BAD_INPUT', details: { path } });
    expect((error as Error).message).toContain(path);
    expect(await readFile(path, 'utf8')).toBe(content);
  });
});
