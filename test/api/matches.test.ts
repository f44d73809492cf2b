import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listingOf, recallOf } from '../../src/matching/testing/factories.js';
import { DIALECTS } from '../storage/dialects.js';
import { json, openTestApi, problem, type TestApi } from './api-harness.js';

const anker = recallOf('cpsc:25338', { name: 'Anker PowerCore 10000 power bank', brands: ['Anker'], modelNumbers: ['A1263'] });
const baseus = recallOf('cpsc:26001', { name: 'Baseus 30000mAh laptop power bank', brands: ['Baseus'], modelNumbers: ['BS-30KP365'] });

interface MatchPage {
  items: { matchId: string; listingId: string; recallId: string; decision: string; status: string; features: { name: string }[] }[];
  next: string | null;
}

describe.each(DIALECTS)('GET /v1/matches on $name', (dialect) => {
  let api: TestApi;
  const get = async (query: string): Promise<MatchPage> => {
    const response = await api.app.inject({ method: 'GET', url: `/v1/matches${query}`, headers: api.as('reviewer') });
    expect(response.statusCode, response.body).toBe(200);
    return json<MatchPage>(response);
  };

  beforeAll(async () => {
    api = await openTestApi(dialect, { recalls: [anker, baseus] });
    const listings = Array.from({ length: 7 }, (_, n) =>
      n % 2 === 0
        ? listingOf(`Anker PowerCore 10000 A1263 charger ${n}`, { id: `a${n}`, marketplace: 'ebay' })
        : listingOf(`Baseus 65W 30000mAh power bank BS30KP365 ${n}`, { id: `b${n}`, marketplace: 'temu' }),
    );
    await api.service.ingestListings('test', listings, []);
    await api.service.deleteListing({ marketplace: 'ebay', id: 'a0' });
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  it('pages through every match with the opaque cursor, in the order they were found, without repeats', async () => {
    const everything = await get('?limit=500');
    expect(everything.items).toHaveLength(7);
    expect(everything.next).toBeNull();
    const seen: string[] = [];
    let query = '?limit=3';
    let pages = 0;
    for (;;) {
      const page = await get(query);
      pages += 1;
      seen.push(...page.items.map((item) => item.matchId));
      if (page.next === null) break;
      expect(page.next).not.toMatch(/^\d+$/);
      query = `?limit=3&cursor=${encodeURIComponent(page.next)}`;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(everything.items.map((item) => item.matchId));
    expect(everything.items[0]?.features.length).toBeGreaterThan(0);
  });

  it('filters by recall, decision and status', async () => {
    expect((await get('?recall=cpsc:26001')).items.map((item) => item.listingId).sort()).toEqual(['b1', 'b3', 'b5']);
    expect((await get('?status=withdrawn')).items.map((item) => item.listingId)).toEqual(['a0']);
    expect((await get('?status=active&recall=cpsc:25338')).items).toHaveLength(3);
    expect((await get('?decision=block')).items.every((item) => item.decision === 'block')).toBe(true);
  });

  it.each([
    ['an unknown decision', '?decision=maybe', 'decision'],
    ['an unknown status', '?status=open', 'status'],
    ['a limit of 0', '?limit=0', 'limit'],
    ['a cursor this API did not issue', '?cursor=not-a-cursor', 'cursor'],
    ['a recalls cursor', `?cursor=${Buffer.from('["recalls","cpsc:1"]').toString('base64url')}`, 'cursor'],
  ])('refuses %s with a 400 naming the field', async (_case, query, field) => {
    const answer = problem(await api.app.inject({ method: 'GET', url: `/v1/matches${query}`, headers: api.as('reviewer') }));
    expect(answer).toMatchObject({ status: 400, code: 'RG_ERR_INVALID_REQUEST' });
    expect(answer.errors).toEqual([expect.objectContaining({ in: 'querystring', field })]);
  });

  it('refuses a well-formed matches cursor that names no match id', async () => {
    const cursor = Buffer.from('["matches","1 or 1=1"]').toString('base64url');
    const answer = problem(await api.app.inject({ method: 'GET', url: `/v1/matches?cursor=${cursor}`, headers: api.as('reviewer') }));
    expect(answer).toMatchObject({ status: 400, code: 'RG_ERR_INVALID_REQUEST', errors: [{ in: 'querystring', field: 'cursor' }] });
  });
});
