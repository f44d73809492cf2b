import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiRole } from '../../src/storage/index.js';
import { DIALECTS } from '../storage/dialects.js';
import { startReplayServer, type ReplayServer } from '../support/replay-server.js';
import { ROLE_NAMES, json, openTestApi, problem, type TestApi } from './api-harness.js';

const everyone: readonly ApiRole[] = ['admin', 'integration', 'reviewer', 'regulator'];

/** Every route behind a key, who may call it, and a request that reaches its handler. */
const ROUTES: readonly { route: string; roles: readonly ApiRole[]; request: InjectOptions }[] = [
  { route: 'POST /v1/screen', roles: ['admin', 'integration'], request: { payload: { listings: [{ id: 'a', title: 'Electric kettle' }] } } },
  {
    route: 'PUT /v1/listings',
    roles: ['admin', 'integration'],
    request: { headers: { 'content-type': 'application/x-ndjson' }, payload: '{"id":"a","title":"Electric kettle"}\n' },
  },
  { route: 'DELETE /v1/listings/:marketplace/:id', roles: ['admin', 'integration'], request: { url: '/v1/listings/ebay/none' } },
  { route: 'GET /v1/listings/:marketplace/:id/matches', roles: everyone, request: { url: '/v1/listings/ebay/none/matches' } },
  { route: 'GET /v1/recalls', roles: everyone, request: {} },
  { route: 'GET /v1/recalls/:id', roles: everyone, request: { url: '/v1/recalls/cpsc:1' } },
  { route: 'POST /v1/recalls/import', roles: ['admin'], request: { payload: { format: 'recallguard.recalls/v1', recalls: [] } } },
  { route: 'POST /v1/feeds/cpsc/sync', roles: ['admin'], request: {} },
  { route: 'GET /v1/matches', roles: everyone, request: {} },
  { route: 'GET /v1/cases', roles: everyone, request: {} },
  { route: 'GET /v1/cases/:id', roles: everyone, request: { url: '/v1/cases/1' } },
  { route: 'POST /v1/cases/:id/actions', roles: ['admin', 'reviewer', 'integration'], request: { url: '/v1/cases/1/actions', payload: { action: 'confirm_removed' } } },
  { route: 'POST /v1/cases/bulk', roles: ['admin', 'reviewer'], request: { payload: { caseIds: ['1'], command: { action: 'verify' } } } },
  { route: 'POST /v1/cases/assign', roles: ['admin', 'reviewer'], request: { payload: { caseIds: ['1'], assignee: 'ana' } } },
  { route: 'POST /v1/matches/:id/confirm', roles: ['admin', 'reviewer'], request: { url: '/v1/matches/1/confirm' } },
  { route: 'POST /v1/outbox/:messageId/confirm', roles: ['admin', 'integration'], request: { url: '/v1/outbox/msg_1/confirm', payload: { outcome: 'removed' } } },
  { route: 'GET /v1/outbox', roles: everyone, request: {} },
  { route: 'GET /v1/reports/compliance', roles: everyone, request: { url: '/v1/reports/compliance?from=2026-01-01&to=2027-01-01' } },
  { route: 'GET /v1/audit/verify', roles: ['admin', 'regulator'], request: {} },
  { route: 'GET /metrics', roles: ['admin'], request: {} },
];

function requestOf(entry: (typeof ROUTES)[number], authorization?: string): InjectOptions {
  const [method, url] = entry.route.split(' ') as [InjectOptions['method'], string];
  const headers = { ...(entry.request.headers ?? {}), ...(authorization === undefined ? {} : { authorization }) };
  return { ...entry.request, method, url: entry.request.url ?? url, headers };
}

describe.each(DIALECTS)('API keys and roles on $name', (dialect) => {
  let api: TestApi;
  let replay: ReplayServer;
  let revokedKey: string;

  beforeAll(async () => {
    replay = await startReplayServer();
    api = await openTestApi(dialect, { options: { cpsc: { baseUrl: replay.url, retries: 0, timeoutMs: 2_000 } } });
    const revoked = await api.store.apiKeys.create('admin', 'revoked');
    await api.store.apiKeys.revoke(revoked.id);
    revokedKey = revoked.key;
  }, 60_000);

  afterAll(async () => {
    await api.close();
    await replay.close();
  });

  it('puts exactly the routes of the table behind a key, with the roles it names', () => {
    const registered = api.app.apiRoutes.map((entry) => ({ route: `${entry.method} ${entry.url}`, roles: [...entry.roles] }));
    expect(registered).toEqual(ROUTES.map(({ route, roles }) => ({ route, roles: [...roles] })));
  });

  describe.each(ROUTES)('$route', (entry) => {
    it.each([
      ['no Authorization header', undefined, 'Missing Authorization header'],
      ['an empty header', '', 'Missing Authorization header'],
      ['another scheme', 'Basic YWRtaW46YWRtaW4=', 'Malformed Authorization header'],
      ['Bearer without a key', 'Bearer', 'Malformed Authorization header'],
      ['a key of the wrong shape', 'Bearer not-a-key', 'Unknown or revoked API key'],
      ['an unknown key', `Bearer rg_0123456789ab_${'x'.repeat(32)}`, 'Unknown or revoked API key'],
    ])('answers 401 to %s', async (_case, authorization, detail) => {
      const response = await api.app.inject(requestOf(entry, authorization));
      expect(response.statusCode).toBe(401);
      expect(response.headers['www-authenticate']).toBe('Bearer');
      expect(problem(response)).toMatchObject({ status: 401, code: 'RG_ERR_UNAUTHORIZED', detail: expect.stringContaining(detail) });
    });

    it('answers 401 to a revoked key and to a known key id with the wrong secret', async () => {
      // the id part of the admin key with another secret (a secret may itself hold or end in "_")
      const wrongSecret = `${api.keys.admin.slice(0, 'rg_'.length + 12)}_${'y'.repeat(32)}`;
      expect(wrongSecret).not.toBe(api.keys.admin);
      for (const key of [revokedKey, wrongSecret]) {
        const response = await api.app.inject(requestOf(entry, `Bearer ${key}`));
        expect(problem(response)).toMatchObject({ status: 401, code: 'RG_ERR_UNAUTHORIZED' });
      }
    });

    it.each(ROLE_NAMES.filter((role) => !entry.roles.includes(role)))('answers 403 to a %s key', async (role) => {
      const response = await api.app.inject(requestOf(entry, api.as(role).authorization));
      expect(problem(response)).toMatchObject({ status: 403, code: 'RG_ERR_FORBIDDEN', detail: expect.stringContaining(`A ${role} key may not`) });
    });

    it.each(entry.roles)('lets a %s key through', async (role) => {
      const response = await api.app.inject(requestOf(entry, api.as(role).authorization));
      expect([401, 403]).not.toContain(response.statusCode);
      expect(response.statusCode, response.body).toBeLessThan(500);
    });
  });

  it('leaves /healthz, /readyz and the docs open', async () => {
    for (const url of ['/healthz', '/readyz', '/docs', '/docs/json', '/openapi.json']) {
      const response = await api.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
    }
  });
});

describe.each(DIALECTS)('verified keys and rate limits on $name', (dialect) => {
  it.each([
    { ttl: 60_000, afterRevoke: 200 },
    { ttl: 0, afterRevoke: 401 },
  ])('with a key cache TTL of $ttl ms a revoked key answers $afterRevoke until the cache is cleared', async ({ ttl, afterRevoke }) => {
    const api = await openTestApi(dialect, { options: { authCacheTtlMs: ttl } });
    try {
      const key = await api.store.apiKeys.create('reviewer');
      const call = () => api.app.inject({ method: 'GET', url: '/v1/matches', headers: { authorization: `Bearer ${key.key}` } });
      expect((await call()).statusCode).toBe(200);
      await api.store.apiKeys.revoke(key.id);
      expect((await call()).statusCode).toBe(afterRevoke);
      api.app.keyVerifier.clear();
      expect((await call()).statusCode).toBe(401);
    } finally {
      await api.close();
    }
  }, 60_000);

  it('limits requests per key: 429 problem with Retry-After past the limit, other keys unaffected', async () => {
    const api = await openTestApi(dialect, { options: { rateLimit: { max: 2, windowMs: 60_000 } } });
    try {
      const call = (role: ApiRole) => api.app.inject({ method: 'GET', url: '/v1/recalls', headers: api.as(role) });
      expect((await call('reviewer')).statusCode).toBe(200);
      expect((await call('reviewer')).statusCode).toBe(200);
      const limited = await call('reviewer');
      expect(problem(limited)).toMatchObject({ status: 429, code: 'RG_ERR_RATE_LIMITED' });
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect((await call('regulator')).statusCode).toBe(200);
      expect(json((await api.app.inject({ method: 'GET', url: '/healthz' })))).toEqual({ status: 'ok' });
    } finally {
      await api.close();
    }
  }, 60_000);

  it('does not rate-limit when the limit is off', async () => {
    const api = await openTestApi(dialect, { options: { rateLimit: false } });
    try {
      for (let n = 0; n < 5; n++) expect((await api.app.inject({ method: 'GET', url: '/v1/recalls', headers: api.as('admin') })).statusCode).toBe(200);
    } finally {
      await api.close();
    }
  }, 60_000);
});
