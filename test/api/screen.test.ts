import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listingOf, recallOf } from '../../src/matching/testing/factories.js';
import { DIALECTS } from '../storage/dialects.js';
import { json, openTestApi, problem, type TestApi } from './api-harness.js';

const anker = recallOf('cpsc:25338', { name: 'Anker PowerCore 10000 power bank', brands: ['Anker'], modelNumbers: ['A1263'] });
const ankerListing = listingOf('Anker PowerCore 10000 portable charger A1263', { id: 'anker-1', marketplace: 'ebay' });
const kettle = listingOf('Stainless steel electric kettle 1.7 L', { id: 'kettle-1', marketplace: 'ebay' });

interface ScreenAnswer {
  results: { listingId: string; decision: string; matches: Record<string, unknown>[] }[];
  stored?: { added: number; kind: string };
}

describe.each(DIALECTS)('POST /v1/screen on $name', (dialect) => {
  let api: TestApi;
  const screen = (payload: unknown, query = '') =>
    api.app.inject({ method: 'POST', url: `/v1/screen${query}`, headers: api.as('integration'), payload: payload as Record<string, unknown> });

  beforeAll(async () => {
    api = await openTestApi(dialect, { recalls: [anker], options: { bodyLimit: 64 * 1024 } });
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  it('answers one result per listing in request order, with matches in the CLI json shape, and stores nothing', async () => {
    const response = await screen({ listings: [kettle, ankerListing, { ...kettle, id: 'kettle-2' }] });
    expect(response.statusCode, response.body).toBe(200);
    const { results, stored } = json<ScreenAnswer>(response);
    expect(results.map((result) => [result.listingId, result.decision])).toEqual([
      ['kettle-1', 'clear'],
      ['anker-1', 'block'],
      ['kettle-2', 'clear'],
    ]);
    const [match] = results[1]?.matches ?? [];
    expect(Object.keys(match ?? {})).toEqual(['recallId', 'score', 'decision', 'features']);
    expect(match).toMatchObject({ recallId: 'cpsc:25338', decision: 'block' });
    expect((match?.features as { name: string }[]).map((feature) => feature.name)).toContain('model_exact');
    expect(stored).toBeUndefined();
    expect(await api.store.listings.countLive()).toBe(0);
  });

  it('stores the listings and their matches with ?store=true', async () => {
    const response = await screen({ listings: [ankerListing, kettle] }, '?store=true');
    expect(json<ScreenAnswer>(response).stored).toMatchObject({ kind: 'listings', added: 2 });
    expect(await api.store.listings.countLive()).toBe(2);
    const [match] = await api.store.matches.forListing({ marketplace: 'ebay', id: 'anker-1' });
    expect(match).toMatchObject({ recallId: 'cpsc:25338', status: 'active' });
  });

  it('names the listing index and the field of a bad listing', async () => {
    const response = await screen({ listings: [kettle, { id: 'x', title: 42 }] });
    const answer = problem(response);
    expect(answer).toMatchObject({ status: 400, code: 'RG_ERR_INVALID_REQUEST' });
    expect(answer.errors).toEqual([{ in: 'body', field: 'listings.1.title', message: expect.stringContaining('expected string') }]);
    expect(answer.detail).toContain('listings.1.title');
  });

  it.each([
    ['no listings', { listings: [] }, 'listings'],
    ['more than 100 listings', { listings: Array.from({ length: 101 }, (_, n) => ({ id: `l${n}`, title: 'Kettle' })) }, 'listings'],
    ['listings that is not an array', { listings: { id: 'a', title: 'Kettle' } }, 'listings'],
    ['a listing without an id', { listings: [{ title: 'Kettle' }] }, 'listings.0.id'],
    ['a listing with a negative price', { listings: [{ id: 'a', title: 'Kettle', price: -1 }] }, 'listings.0.price'],
    ['a body without listings', { items: [] }, 'listings'],
  ])('refuses %s with a 400 naming the field', async (_case, payload, field) => {
    const answer = problem(await screen(payload));
    expect(answer).toMatchObject({ status: 400, code: 'RG_ERR_INVALID_REQUEST' });
    expect(answer.errors?.map((error) => error.field)).toContain(field);
  });

  it('refuses ?store= that is not a boolean', async () => {
    const answer = problem(await screen({ listings: [kettle] }, '?store=maybe'));
    expect(answer).toMatchObject({ status: 400, errors: [{ in: 'querystring', field: 'store' }] });
  });

  it.each([
    ['malformed JSON', '{"listings": [', 'not valid JSON'],
    ['an empty body', '', 'empty'],
  ])('answers %s with 400 RG_ERR_BAD_INPUT', async (_case, payload, detail) => {
    const response = await api.app.inject({
      method: 'POST',
      url: '/v1/screen',
      headers: { ...api.as('integration'), 'content-type': 'application/json' },
      payload,
    });
    expect(problem(response)).toMatchObject({ status: 400, code: 'RG_ERR_BAD_INPUT', detail: expect.stringContaining(detail) });
  });

  it('answers 415 to a body that is not JSON', async () => {
    const response = await api.app.inject({
      method: 'POST',
      url: '/v1/screen',
      headers: { ...api.as('integration'), 'content-type': 'text/plain' },
      payload: 'Anker A1263',
    });
    expect(problem(response)).toMatchObject({ status: 415, code: 'RG_ERR_UNKNOWN_FORMAT' });
  });

  it('answers 413 to a body over the configured limit', async () => {
    const long = 'x'.repeat(70 * 1024);
    const answer = problem(await screen({ listings: [{ id: 'a', title: long }] }));
    expect(answer).toMatchObject({ status: 413, code: 'RG_ERR_PAYLOAD_TOO_LARGE' });
  });
});
