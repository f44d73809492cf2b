import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listingOf, recallOf } from '../../src/matching/testing/factories.js';
import type { Recall } from '../../src/recalls/index.js';
import { DIALECTS } from '../storage/dialects.js';
import { CPSC_FIXTURES_DIR, startReplayServer, type ReplayServer } from '../support/replay-server.js';
import { json, openTestApi, problem, type TestApi } from './api-harness.js';

const anker = recallOf('cpsc:25338', { name: 'Anker PowerCore 10000 power bank', brands: ['Anker'], modelNumbers: ['A1263'] });
const baseus = recallOf('cpsc:26001', { name: 'Baseus 30000mAh laptop power bank', brands: ['Baseus'], modelNumbers: ['BS-30KP365'] });
const visor = recallOf('sg:A12-0001', { name: 'Hockey visor', brands: ['Oakley'], modelNumbers: ['HV-100'] }, { source: 'sg' });

const document = (...recalls: unknown[]) => ({ format: 'recallguard.recalls/v1', recalls });

interface ImportAnswer {
  format: string;
  run: { kind: string; added: number; changed: number; unchanged: number; rejected: number };
  problems: { record: string; field: string }[];
  sweeps: { recallId: string; recallVersion: number; scanned: number; matched: number; done: boolean }[];
}

describe.each(DIALECTS)('recall routes on $name', (dialect) => {
  let api: TestApi;
  const importRecalls = (payload: unknown, headers: Record<string, string> = {}) =>
    api.app.inject({ method: 'POST', url: '/v1/recalls/import', headers: { ...api.as('admin'), ...headers }, payload: payload as string });
  const get = (url: string) => api.app.inject({ method: 'GET', url, headers: api.as('regulator') });

  beforeAll(async () => {
    api = await openTestApi(dialect, { options: { uploadLimit: 256 * 1024 } });
    await api.service.ingestListings('test', [listingOf('Baseus 65W 30000mAh power bank BS30KP365', { id: 'baseus-1', marketplace: 'temu' })], []);
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  it('imports a recallguard document, sweeping the stored listings for each new recall and reporting bad records', async () => {
    const response = await importRecalls(document(anker, baseus, { id: 'cpsc:1', title: 'No products' }));
    expect(response.statusCode, response.body).toBe(200);
    const answer = json<ImportAnswer>(response);
    expect(answer).toMatchObject({ format: 'recallguard', run: { kind: 'recalls', added: 2 } });
    // One problem per failed field of the bad record; the run counts problems.
    expect(answer.problems.map((entry) => entry.record)).toEqual(answer.problems.map(() => 'cpsc:1'));
    expect(answer.problems.map((entry) => entry.field)).toContain('products');
    expect(answer.run.rejected).toBe(answer.problems.length);
    expect(answer.sweeps).toEqual([
      expect.objectContaining({ recallId: 'cpsc:25338', recallVersion: 1, scanned: 1, matched: 0, done: true }),
      expect.objectContaining({ recallId: 'cpsc:26001', recallVersion: 1, scanned: 1, matched: 1, done: true }),
    ]);
    const again = json<ImportAnswer>(await importRecalls(document(anker, baseus)));
    expect(again).toMatchObject({ run: { added: 0, unchanged: 2 }, sweeps: [] });
  });

  it('imports a CPSC API answer, detected by its content', async () => {
    const body = await readFile(join(CPSC_FIXTURES_DIR, 'recall-number-17057.json'), 'utf8');
    const answer = json<ImportAnswer>(await importRecalls(body, { 'content-type': 'application/json' }));
    expect(answer).toMatchObject({ format: 'cpsc-api', run: { added: 1, rejected: 0 } });
    expect(json(await get('/v1/recalls/cpsc:17057'))).toMatchObject({ id: 'cpsc:17057', source: 'cpsc', version: 1 });
  });

  it('imports a CPSC RSS feed sent as XML', async () => {
    const xml = `\ufeff<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Recall List</title><item><title>Glow Lite Recalls Night Lights Due to Burn Hazard</title><link>https://www.cpsc.gov/Recalls/2022/glow-lite-recalls-night-lights-due-to-burn-hazard</link><description>The light can overheat.</description><pubDate>November 10, 2021</pubDate></item></channel></rss>`;
    const answer = json<ImportAnswer>(await importRecalls(xml, { 'content-type': 'application/rss+xml' }));
    expect(answer).toMatchObject({ format: 'cpsc-rss', run: { added: 1 } });
  });

  it('keeps every version of a changed recall, newest first, and sweeps the new one', async () => {
    const changed = { ...baseus, title: 'Baseus power banks recalled (expanded)' };
    const answer = json<ImportAnswer>(await importRecalls(document(changed)));
    expect(answer).toMatchObject({ run: { changed: 1 }, sweeps: [expect.objectContaining({ recallId: 'cpsc:26001', recallVersion: 2, matched: 1 })] });
    const detail = json<{ version: number; recall: Recall; versions: { version: number; recall: Recall }[] }>(await get('/v1/recalls/cpsc:26001'));
    expect(detail.version).toBe(2);
    expect(detail.recall.title).toBe(changed.title);
    expect(detail.versions.map((version) => [version.version, version.recall.title])).toEqual([
      [2, changed.title],
      [1, baseus.title],
    ]);
  });

  it.each([
    ['a document in no known format', { hello: 'world' }, {}, 415, 'RG_ERR_UNKNOWN_FORMAT'],
    ['malformed JSON', '{"format": "recallguard.recalls/v1", "recalls": [', { 'content-type': 'application/json' }, 400, 'RG_ERR_BAD_INPUT'],
    ['a body over the upload limit', document(...Array.from({ length: 400 }, (_, n) => ({ ...anker, id: `cpsc:9${n}`, title: 'x'.repeat(800) }))), {}, 413, 'RG_ERR_PAYLOAD_TOO_LARGE'],
  ])('refuses %s', async (_case, payload, headers, status, code) => {
    expect(problem(await importRecalls(payload, headers))).toMatchObject({ status, code });
  });

  it('searches recalls by words, source and date, a page at a time with an opaque cursor', async () => {
    await importRecalls(document(visor));
    const all = json<{ items: { id: string }[]; next: string | null }>(await get('/v1/recalls?limit=100'));
    const ids = all.items.map((item) => item.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toEqual(expect.arrayContaining(['cpsc:25338', 'cpsc:26001', 'sg:A12-0001']));
    expect(all.next).toBeNull();

    const paged: string[] = [];
    let url = '/v1/recalls?limit=2';
    for (;;) {
      const page = json<{ items: { id: string }[]; next: string | null }>(await get(url));
      expect(page.items.length).toBeLessThanOrEqual(2);
      paged.push(...page.items.map((item) => item.id));
      if (page.next === null) break;
      url = `/v1/recalls?limit=2&cursor=${encodeURIComponent(page.next)}`;
    }
    expect(paged).toEqual(ids);

    expect(json<{ items: { id: string }[] }>(await get('/v1/recalls?q=anker%20a1263')).items.map((item) => item.id)).toEqual(['cpsc:25338']);
    expect(json<{ items: { id: string }[] }>(await get('/v1/recalls?source=sg')).items.map((item) => item.id)).toEqual(['sg:A12-0001']);
    expect(json<{ items: unknown[] }>(await get('/v1/recalls?since=2999-01-01')).items).toEqual([]);
    expect(json<{ items: unknown[] }>(await get('/v1/recalls?since=2000-01-01T00:00:00Z')).items.length).toBe(ids.length);
  });

  it.each([
    ['a limit over 500', '/v1/recalls?limit=501', 'limit'],
    ['a limit that is not a number', '/v1/recalls?limit=ten', 'limit'],
    ['a date that is not one', '/v1/recalls?since=yesterday', 'since'],
    ['a cursor this API did not issue', '/v1/recalls?cursor=abc', 'cursor'],
    ['a matches cursor', `/v1/recalls?cursor=${Buffer.from('["matches","1"]').toString('base64url')}`, 'cursor'],
  ])('refuses %s with a 400 naming the query field', async (_case, url, field) => {
    const answer = problem(await get(url));
    expect(answer).toMatchObject({ status: 400, code: 'RG_ERR_INVALID_REQUEST' });
    expect(answer.errors).toEqual([expect.objectContaining({ in: 'querystring', field })]);
  });

  it('answers 404 for a recall it does not have', async () => {
    expect(problem(await get('/v1/recalls/cpsc:0'))).toMatchObject({ status: 404, code: 'RG_ERR_NOT_FOUND', detail: 'No recall "cpsc:0"' });
  });
});

describe.each(DIALECTS)('POST /v1/feeds/cpsc/sync on $name', (dialect) => {
  let api: TestApi;
  let replay: ReplayServer;
  const sync = (query = '') => api.app.inject({ method: 'POST', url: `/v1/feeds/cpsc/sync${query}`, headers: api.as('admin') });

  beforeEach(async () => {
    replay = await startReplayServer();
    api = await openTestApi(dialect, { options: { cpsc: { baseUrl: replay.url, retries: 0, timeoutMs: 2_000 } } });
  }, 60_000);

  afterEach(async () => {
    await api.close();
    await replay.close();
  });

  it('runs a full sync first, stores the recalls, saves the position in the data folder, then syncs incrementally', async () => {
    const first = await sync();
    expect(first.statusCode, first.body).toBe(200);
    expect(json(first)).toMatchObject({ mode: 'full', reason: 'first-sync', received: 5, run: { kind: 'recalls', source: 'cpsc-api' } });
    expect(await api.store.recalls.count()).toBeGreaterThan(0);
    const state = JSON.parse(await readFile(join(api.dataDir, 'cpsc-sync-state.json'), 'utf8')) as { lastPublishDate: string };
    expect(state.lastPublishDate).toBe('2026-08-13');

    const second = json(await sync());
    expect(second).toMatchObject({ mode: 'incremental', reason: 'incremental', run: { added: 0 } });
    expect(replay.requests.at(-1)?.params).toContainEqual(['LastPublishDateStart', '2026-08-12']);
  });

  it('syncs from ?since= when given', async () => {
    expect(json(await sync('?since=2026-08-05'))).toMatchObject({ mode: 'incremental', reason: 'since', received: 2 });
  });

  it('answers 502 when the feed fails, and keeps the saved position', async () => {
    replay.script({ kind: 'status', status: 500 });
    expect(problem(await sync())).toMatchObject({ status: 502, code: 'RG_ERR_FEED_HTTP' });
    await expect(readFile(join(api.dataDir, 'cpsc-sync-state.json'), 'utf8')).rejects.toThrow();
  });

  it('refuses a ?since= that is not a date', async () => {
    expect(problem(await sync('?since=last-week'))).toMatchObject({ status: 400, errors: [{ in: 'querystring', field: 'since' }] });
  });
});
