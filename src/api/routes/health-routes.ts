import { sql } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RecallguardError } from '../../errors/index.js';
import type { ApiContext } from '../api-context.js';
import { PROBLEM_RESPONSES } from '../api-schemas.js';
import { ROLES } from '../authentication.js';
import type { IndexReadiness } from '../index-readiness.js';

const DATABASE_TIMEOUT_MS = 2_000;

const Status = z.object({ status: z.string() });

/** `/healthz` (the process answers) and `/readyz` (the database answers and the recall index is built): no key needed. */
export const healthRoutes: FastifyPluginAsyncZod<ApiContext & { readonly readiness: IndexReadiness }> = async (app, { store, readiness }) => {
  app.get(
    '/healthz',
    {
      schema: { summary: 'Liveness', description: 'The process is up. No key needed.', tags: ['operations'], response: { 200: Status } },
    },
    async () => ({ status: 'ok' }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        summary: 'Readiness',
        description: 'The database answers and the recall index is built; 503 otherwise. No key needed.',
        tags: ['operations'],
        response: { 200: Status, ...PROBLEM_RESPONSES },
      },
    },
    async () => {
      if (!(await databaseAnswers(store.db))) throw new RecallguardError('RG_ERR_NOT_READY', 'The database does not answer');
      if (!readiness.ready) {
        void readiness.start();
        throw new RecallguardError('RG_ERR_NOT_READY', 'The recall index is still being built');
      }
      return { status: 'ready' };
    },
  );
};

/** `GET /metrics`: Prometheus text exposition of this app's registry. */
export const metricsRoute: FastifyPluginAsyncZod<ApiContext> = async (app, { metrics }) => {
  app.get(
    '/metrics',
    {
      config: { roles: ROLES.admin },
      schema: {
        summary: 'Prometheus metrics',
        description: 'Requests, screens, screening latency, sweeps and ingested records, in the Prometheus text format. Roles: admin.',
        tags: ['operations'],
        security: [{ bearerAuth: [] }],
        produces: ['text/plain'],
        response: { 200: z.string(), ...PROBLEM_RESPONSES },
      },
    },
    async (_request, reply) => {
      reply.type(metrics.registry.contentType);
      return metrics.registry.metrics();
    },
  );
};

async function databaseAnswers(db: ApiContext['store']['db']): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), DATABASE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([sql`select 1`.execute(db).then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
