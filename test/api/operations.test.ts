import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/index.js';
import { listingOf, recallOf } from '../../src/matching/testing/factories.js';
import type { RecallIndex } from '../../src/matching/index.js';
import { ScreeningService } from '../../src/screening/index.js';
import { DIALECTS } from '../storage/dialects.js';
import { json, openTestApi, problem, type TestApi } from './api-harness.js';

const anker = recallOf('cpsc:25338', { name: 'Anker PowerCore 10000 power bank', brands: ['Anker'], modelNumbers: ['A1263'] });

/** A service whose index is built only when the test says so. */
class HeldService extends ScreeningService {
  release: () => void = () => undefined;
  private readonly held = new Promise<void>((resolve) => {
    this.release = resolve;
  });

  override async index(): Promise<RecallIndex> {
    await this.held;
    return super.index();
  }
}

describe.each(DIALECTS)('health, metrics and docs on $name', (dialect) => {
  let api: TestApi;

  beforeAll(async () => {
    api = await openTestApi(dialect, { recalls: [anker] });
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  it('answers /healthz and, once the index is built, /readyz', async () => {
    expect(json(await api.app.inject({ method: 'GET', url: '/healthz' }))).toEqual({ status: 'ok' });
    await api.service.index();
    await new Promise((resolve) => setImmediate(resolve));
    expect(json(await api.app.inject({ method: 'GET', url: '/readyz' }))).toEqual({ status: 'ready' });
  });

  it('answers /readyz with 503 while the index is being built', async () => {
    const service = new HeldService(api.store);
    const app = await buildApp({ store: api.store, service });
    try {
      expect(problem(await app.inject({ method: 'GET', url: '/readyz' }))).toMatchObject({ status: 503, code: 'RG_ERR_NOT_READY', detail: expect.stringContaining('index') });
      service.release();
      await service.index();
      await new Promise((resolve) => setImmediate(resolve));
      expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    } finally {
      service.release();
      await app.close();
    }
  });

  it('counts requests, screens, latency and ingested records in Prometheus text, per app', async () => {
    await api.app.inject({ method: 'POST', url: '/v1/screen', headers: api.as('integration'), payload: { listings: [listingOf('Anker PowerCore A1263', { id: 'm1' }), listingOf('Kettle', { id: 'm2' })] } });
    await api.app.inject({ method: 'PUT', url: '/v1/listings', headers: { ...api.as('integration'), 'content-type': 'application/x-ndjson' }, payload: '{"id":"m3","title":"Lamp"}\n{"id":"m4"}\n' });
    const response = await api.app.inject({ method: 'GET', url: '/metrics', headers: api.as('admin') });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    const text = response.body;
    expect(text).toContain('recallguard_screened_listings_total{decision="block"} 1');
    expect(text).toContain('recallguard_screened_listings_total{decision="clear"} 1');
    expect(text).toContain('recallguard_screening_duration_seconds_count 1');
    expect(text).toContain('recallguard_http_requests_total{method="POST",route="/v1/screen",status="200"} 1');
    expect(text).toContain('recallguard_ingested_records_total{kind="listings",outcome="added"} 1');
    expect(text).toContain('recallguard_ingested_records_total{kind="listings",outcome="rejected"} 1');
    expect(text).toContain('recallguard_http_request_duration_seconds_count{method="POST",route="/v1/screen"} 1');

    const other = await buildApp({ store: api.store });
    try {
      const { key } = await api.store.apiKeys.create('admin');
      const fresh = await other.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${key}` } });
      expect(fresh.body).not.toContain('recallguard_screened_listings_total{');
    } finally {
      await other.close();
    }
  });

  it('serves an OpenAPI 3.1 document describing every route, and Swagger UI at /docs', async () => {
    const spec = json<{ openapi: string; paths: Record<string, Record<string, { security?: unknown[]; responses: Record<string, unknown> }>>; components: { schemas: Record<string, unknown> } }>(
      await api.app.inject({ method: 'GET', url: '/openapi.json' }),
    );
    expect(spec.openapi).toBe('3.1.0');
    for (const route of api.app.apiRoutes) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      const operation = spec.paths[path]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${path}`).toBeDefined();
      expect(operation?.security).toEqual([{ bearerAuth: [] }]);
      expect(Object.keys(operation?.responses ?? {})).toEqual(expect.arrayContaining(['4XX', '5XX']));
    }
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/healthz', '/readyz']));
    expect(Object.keys(spec.paths).some((path) => path.startsWith('/docs'))).toBe(false);
    expect(Object.keys(spec.components.schemas)).toEqual(expect.arrayContaining(['Listing', 'ScreeningResult', 'Problem', 'StoredMatch', 'Recall']));
    expect(json(await api.app.inject({ method: 'GET', url: '/docs/json' }))).toEqual(spec);
    const ui = await api.app.inject({ method: 'GET', url: '/docs' });
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toContain('swagger');
  });

  it('answers unknown routes with a 404 problem', async () => {
    expect(problem(await api.app.inject({ method: 'GET', url: '/v1/nothing?x=1' }))).toMatchObject({ status: 404, code: 'RG_ERR_NOT_FOUND', detail: 'No route GET /v1/nothing' });
  });
});
