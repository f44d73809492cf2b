import { join } from 'node:path';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { cpscApiAdapter } from '../../feeds/index.js';
import { CpscClient } from '../../feeds/cpsc/cpsc-client.js';
import { convertSyncedRecords, loadSyncState, saveSyncState, syncCpsc } from '../../feeds/cpsc/cpsc-sync.js';
import type { ApiContext } from '../api-context.js';
import { IngestRunView, PROBLEM_RESPONSES, RecordProblemView, SweepView, ingestRunView, problemViews, sweepViews } from '../api-schemas.js';
import { ROLES } from '../authentication.js';

/** The sync position file, in the API's data folder (the CLI keeps its own beside its data). */
export const CPSC_STATE_FILE = 'cpsc-sync-state.json';

const SyncQuery = z.object({
  since: z.iso.date().optional().describe('Fetch recalls published since this date instead of the saved position'),
});

const SyncResponse = z.object({
  mode: z.enum(['full', 'incremental']),
  reason: z.enum(['since', 'first-sync', 'full-resync-due', 'incremental']),
  received: z.number().int().describe('Records the CPSC API answered with'),
  run: IngestRunView,
  problems: z.array(RecordProblemView),
  sweeps: z.array(SweepView),
});

/**
 * `POST /v1/feeds/cpsc/sync`: fetches new and changed recalls from the CPSC Recalls API, as
 * `recallguard recalls sync cpsc` does, and ingests them into the store. One sync runs at a time; the
 * position is saved only after the recalls are stored, so a failed sync is retried from the same place.
 */
export const cpscSyncRoute: FastifyPluginAsyncZod<ApiContext> = async (app, { service, options, metrics }) => {
  const statePath = join(options.dataDir, CPSC_STATE_FILE);
  let running: Promise<unknown> = Promise.resolve();

  app.post(
    '/v1/feeds/cpsc/sync',
    {
      config: { roles: ROLES.admin },
      schema: {
        summary: 'Sync recalls from the CPSC API',
        description: 'Incremental from the saved position, with a periodic full re-sync; ?since=YYYY-MM-DD overrides the position. New and changed recalls are swept over the stored listings. Roles: admin.',
        tags: ['recalls'],
        security: [{ bearerAuth: [] }],
        querystring: SyncQuery,
        response: { 200: SyncResponse, ...PROBLEM_RESPONSES },
      },
    },
    async (request) => {
      const sync = async () => {
        const { baseUrl, timeoutMs, retries } = options.cpsc;
        const client = new CpscClient({
          ...(baseUrl ? { baseUrl } : {}),
          ...(timeoutMs !== undefined ? { timeoutMs } : {}),
          ...(retries !== undefined ? { retries } : {}),
        });
        const since = request.query.since;
        const result = await syncCpsc({ client, state: await loadSyncState(statePath), now: new Date(), ...(since ? { since } : {}) });
        const converted = convertSyncedRecords(cpscApiAdapter, result.records);
        const outcome = await service.ingestRecalls('cpsc-api', converted.recalls, converted.problems);
        await saveSyncState(statePath, result.nextState);
        metrics.ingestedRun(outcome.run);
        metrics.swept(outcome.sweeps);
        return {
          mode: result.mode,
          reason: result.reason,
          received: result.records.length,
          run: ingestRunView(outcome.run),
          problems: problemViews(converted.problems),
          sweeps: sweepViews(outcome.sweeps),
        };
      };
      const next = running.then(sync, sync);
      running = next.catch(() => undefined);
      return next;
    },
  );
};
