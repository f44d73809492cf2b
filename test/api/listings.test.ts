import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recallOf } from '../../src/matching/testing/factories.js';
import { DIALECTS } from '../storage/dialects.js';
import { json, openTestApi, problem, type TestApi } from './api-harness.js';

const anker = recallOf('cpsc:25338', { name: 'Anker PowerCore 10000 power bank', brands: ['Anker'], modelNumbers: ['A1263'] });
const UPLOAD_LIMIT = 4 * 1024;

interface UploadAnswer {
  run: { kind: string; source: string; added: number; changed: number; unchanged: number; rejected: number };
  screened: number;
  matched: number;
  withdrawn: number;
  problems: { record: string; field: string; problem: string }[];
}

const ndjson = (...records: unknown[]): string => records.map((record) => (typeof record === 'string' ? record : JSON.stringify(record))).join('\n');

describe.each(DIALECTS)('listings routes on $name', (dialect) => {
  let api: TestApi;
  const upload = (payload: string | Readable, contentType: string | undefined, query = '') =>
    api.app.inject({
      method: 'PUT',
      url: `/v1/listings${query}`,
      headers: { ...api.as('integration'), ...(contentType ? { 'content-type': contentType } : {}) },
      payload,
    });

  beforeAll(async () => {
    api = await openTestApi(dialect, { recalls: [anker], options: { uploadLimit: UPLOAD_LIMIT } });
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  it('stores and screens the good NDJSON records and reports each bad one with its record and field', async () => {
    const body = ndjson(
      { id: 'nd-1', title: 'Anker PowerCore 10000 portable charger A1263', marketplace: 'ebay' },
      { id: 'nd-2', marketplace: 'ebay' },
      '{"id": "nd-3", "title": ',
      '',
      { id: 'nd-4', title: 'Garden hose 15 m', gtins: 'not-a-list' },
      { id: 'nd-5', title: 'Garden hose 25 m' },
    );
    const response = await upload(body, 'application/x-ndjson', '?source=catalogue-1');
    expect(response.statusCode, response.body).toBe(200);
    const answer = json<UploadAnswer>(response);
    expect(answer.run).toMatchObject({ kind: 'listings', source: 'catalogue-1', added: 2, rejected: 3 });
    expect(answer).toMatchObject({ screened: 2, matched: 1, withdrawn: 0 });
    expect(answer.problems).toEqual([
      { record: 'nd-2 (#2)', field: 'title', problem: expect.any(String) },
      { record: '#3', field: '(record)', problem: expect.stringContaining('line 3 is not valid JSON') },
      { record: 'nd-4 (#5)', field: 'gtins', problem: expect.any(String) },
    ]);
    expect(await api.store.listings.get({ marketplace: 'default', id: 'nd-5' })).toBeDefined();
    const matches = json<{ live: boolean; matches: { recallId: string; status: string; decision: string }[] }>(
      await api.app.inject({ method: 'GET', url: '/v1/listings/ebay/nd-1/matches', headers: api.as('reviewer') }),
    );
    expect(matches).toMatchObject({ live: true, matches: [{ recallId: 'cpsc:25338', status: 'active', decision: 'block' }] });
  });

  it.each([
    ['a JSON array', '[{"id": "js-1", "title": "Desk lamp"}, {"id": "js-2"}]'],
    ['a {"listings": [...]} object', '{"meta": {"from": "shop"}, "listings": [{"id": "js-1", "title": "Desk lamp"}, {"id": "js-2"}]}'],
  ])('reads %s, reporting bad records by position', async (_case, body) => {
    const answer = json<UploadAnswer>(await upload(body, 'application/json; charset=utf-8'));
    expect(answer.run).toMatchObject({ rejected: 1 });
    expect(answer.run.added + answer.run.unchanged).toBe(1);
    expect(answer.problems).toEqual([{ record: 'js-2 (#2)', field: 'title', problem: expect.any(String) }]);
  });

  it('reads CSV with a header row, a quote inside an unquoted cell kept as written', async () => {
    const answer = json<UploadAnswer>(await upload('id,title,gtins,price\ncsv-1,Desk fan,0012345678905,19.99\ncsv-2,,,\ncsv-3,10" tablet case,,\n', 'text/csv'));
    expect(answer.run).toMatchObject({ added: 2, rejected: 1 });
    expect(answer.problems).toEqual([{ record: 'csv-2 (#3)', field: 'title', problem: expect.any(String) }]);
  });

  it('counts an unchanged re-upload as unchanged and an edited listing as changed, withdrawing a match it lost', async () => {
    const first = { id: 'edit-1', title: 'Anker PowerCore 10000 A1263 power bank', marketplace: 'temu' };
    await upload(ndjson(first), 'application/x-ndjson');
    const same = json<UploadAnswer>(await upload(ndjson(first), 'application/x-ndjson'));
    expect(same).toMatchObject({ run: { added: 0, changed: 0, unchanged: 1 }, screened: 0 });
    const edited = json<UploadAnswer>(await upload(ndjson({ ...first, title: 'Ceramic flower pot' }), 'application/x-ndjson'));
    expect(edited).toMatchObject({ run: { changed: 1 }, screened: 1, matched: 0, withdrawn: 1 });
  });

  it.each([
    ['malformed JSON', 'application/json', '[{"id": "bad-1", "title": "Lamp"}, {"id": ', 400, 'RG_ERR_BAD_INPUT'],
    ['a JSON value that holds no listings', 'application/json', '42', 400, 'RG_ERR_BAD_INPUT'],
    ['an object without listings', 'application/json', '{"items": [{"id": "bad-2", "title": "Lamp"}]}', 400, 'RG_ERR_INVALID_REQUEST'],
    ['listings that is not an array', 'application/json', '{"listings": {"id": "bad-3"}}', 400, 'RG_ERR_BAD_INPUT'],
    ['an empty body', 'application/x-ndjson', '', 400, 'RG_ERR_INVALID_REQUEST'],
    ['a media type it does not take', 'application/xml', '<listings/>', 415, 'RG_ERR_UNKNOWN_FORMAT'],
  ])('refuses %s and stores nothing', async (_case, contentType, body, status, code) => {
    const before = await api.store.listings.countLive();
    expect(problem(await upload(body, contentType))).toMatchObject({ status, code });
    expect(await api.store.listings.countLive()).toBe(before);
  });

  it('answers 413 to an upload over the limit, declared or streamed, and stores none of it', async () => {
    const before = await api.store.listings.countLive();
    const records = Array.from({ length: 100 }, (_, n) => JSON.stringify({ id: `big-${n}`, title: `Garden chair model ${n}` }));
    const declared = await upload(records.join('\n'), 'application/x-ndjson');
    expect(problem(declared)).toMatchObject({ status: 413, code: 'RG_ERR_PAYLOAD_TOO_LARGE' });
    const streamed = await upload(Readable.from(records.map((record) => `${record}\n`)), 'application/x-ndjson');
    expect(problem(streamed)).toMatchObject({ status: 413, code: 'RG_ERR_PAYLOAD_TOO_LARGE' });
    expect(await api.store.listings.countLive()).toBe(before);
  });

  it('deletes a listing (204), then answers 404 for it, and keeps its matches withdrawn', async () => {
    await upload(ndjson({ id: 'del-1', title: 'Anker PowerCore 10000 A1263', marketplace: 'ebay' }), 'application/x-ndjson');
    const remove = () => api.app.inject({ method: 'DELETE', url: '/v1/listings/ebay/del-1', headers: api.as('integration') });
    const deleted = await remove();
    expect(deleted.statusCode).toBe(204);
    expect(deleted.body).toBe('');
    expect(problem(await remove())).toMatchObject({ status: 404, code: 'RG_ERR_NOT_FOUND', detail: 'No listing "del-1" in marketplace "ebay"' });
    const matches = json(await api.app.inject({ method: 'GET', url: '/v1/listings/ebay/del-1/matches', headers: api.as('regulator') }));
    expect(matches).toMatchObject({ live: false, matches: [{ recallId: 'cpsc:25338', status: 'withdrawn', withdrawnAt: expect.any(String) }] });
  });

  it('answers 404 for the matches of a listing never stored', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/v1/listings/ebay/never/matches', headers: api.as('reviewer') });
    expect(problem(response)).toMatchObject({ status: 404, code: 'RG_ERR_NOT_FOUND' });
  });

  it('finds listings with reserved characters in their ids through percent-encoding', async () => {
    await upload(ndjson({ id: 'sku/42 a', title: 'Anker A1263 PowerCore', marketplace: 'shop one' }), 'application/x-ndjson');
    const response = await api.app.inject({ method: 'GET', url: `/v1/listings/shop%20one/${encodeURIComponent('sku/42 a')}/matches`, headers: api.as('reviewer') });
    expect(json(response)).toMatchObject({ marketplace: 'shop one', listingId: 'sku/42 a', live: true });
  });
});
