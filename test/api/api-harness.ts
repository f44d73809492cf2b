import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp, type ApiOptionsInput } from '../../src/api/index.js';
import type { Recall } from '../../src/recalls/index.js';
import { EnforcementService } from '../../src/enforcement/index.js';
import { ScreeningService } from '../../src/screening/index.js';
import type { ApiRole, Store } from '../../src/storage/index.js';
import type { TestDialect, TestStore } from '../storage/dialects.js';

export const ROLE_NAMES: readonly ApiRole[] = ['admin', 'integration', 'reviewer', 'regulator'];

/** An app over a fresh store, with one API key per role. */
export interface TestApi {
  readonly app: FastifyInstance;
  readonly store: Store;
  readonly service: ScreeningService;
  readonly keys: Readonly<Record<ApiRole, string>>;
  readonly dataDir: string;
  /** `Authorization` header of a role's key. */
  as(role: ApiRole): { authorization: string };
  close(): Promise<void>;
}

/**
 * Opens a store on the dialect, stores `recalls`, builds the app and makes a key per role.
 * @example const api = await openTestApi(dialect, { recalls: [anker] }); await api.app.inject(...); await api.close();
 */
export async function openTestApi(dialect: TestDialect, setup: { recalls?: readonly Recall[]; options?: ApiOptionsInput } = {}): Promise<TestApi> {
  const handle: TestStore = await dialect.openStore();
  const { store } = handle;
  const enforcement = new EnforcementService(store);
  const service = new ScreeningService(store, { listener: enforcement.listener() });
  if (setup.recalls && setup.recalls.length > 0) await service.ingestRecalls('test', setup.recalls, []);
  const dataDir = await mkdtemp(join(tmpdir(), 'rg-api-'));
  const app = await buildApp({ store, service, enforcement, options: { dataDir, ...setup.options } });
  const created = await Promise.all(ROLE_NAMES.map((role) => store.apiKeys.create(role, `test ${role}`)));
  const keys = Object.fromEntries(created.map((key) => [key.role, key.key])) as Record<ApiRole, string>;
  return {
    app,
    store,
    service,
    keys,
    dataDir,
    as: (role) => ({ authorization: `Bearer ${keys[role]}` }),
    async close() {
      await app.close();
      await handle.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The JSON body of a response. */
export function json<T = Record<string, unknown>>(response: LightMyRequestResponse): T {
  return JSON.parse(response.body) as T;
}

/** Asserts a problem answer and returns it. */
export function problem(response: LightMyRequestResponse): { status: number; code: string; detail: string; title: string; type: string; errors?: { in: string; field: string; message: string }[] } {
  if (!response.headers['content-type']?.toString().startsWith('application/problem+json')) {
    throw new Error(`expected application/problem+json, got ${String(response.headers['content-type'])}: ${response.body}`);
  }
  return json(response);
}
