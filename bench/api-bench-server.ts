import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/api/index.js';
import { ScreeningService } from '../src/screening/index.js';
import { openStore } from '../src/storage/index.js';
import { loadCpscCorpus, referenceDataDir } from './lib/recall-corpus.js';
import { elapsedMs, latencySummary } from './lib/stats.js';

/** What the bench's parent process is told once the server listens. */
export interface ServerReady {
  readonly type: 'ready';
  readonly url: string;
  readonly integrationKey: string;
  readonly recalls: number;
  readonly products: number;
  readonly storeMs: number;
  readonly indexMs: number;
}

/** Server-side time per request (Fastify's `reply.elapsedTime`), over one phase. */
export interface ServerLatency {
  readonly type: 'latency';
  readonly requests: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

type ParentMessage = { readonly type: 'reset' } | { readonly type: 'latency' } | { readonly type: 'stop' };

const send = (message: object): void => void process.send?.(message);

/**
 * The API bench's server, in a process of its own so the load generator does not share its event loop:
 * the CPSC corpus in an in-memory PGlite store, the recall index built, the app listening on an ephemeral
 * port of 127.0.0.1. Rate limiting stays on (with a limit the bench cannot reach) so its cost is measured.
 */
async function serve(): Promise<void> {
  const corpus = await loadCpscCorpus(referenceDataDir());
  const store = await openStore();
  const storeStart = process.hrtime.bigint();
  await store.recalls.upsert(corpus.recalls);
  const storeMs = elapsedMs(storeStart);
  const service = new ScreeningService(store);
  const indexStart = process.hrtime.bigint();
  await service.index();
  const indexMs = elapsedMs(indexStart);

  const app = await buildApp({
    store,
    service,
    options: { dataDir: await mkdtemp(join(tmpdir(), 'rg-api-bench-')), rateLimit: { max: 1_000_000_000, windowMs: 60_000 } },
  });
  let samples: number[] = [];
  app.addHook('onResponse', async (request, reply) => {
    if (request.url.startsWith('/v1/screen')) samples.push(reply.elapsedTime);
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const { key } = await store.apiKeys.create('integration', 'api bench');

  process.on('message', (message: ParentMessage) => {
    if (message.type === 'reset') {
      samples = [];
      send({ type: 'reset' });
    } else if (message.type === 'latency') {
      const summary = latencySummary(Float64Array.from(samples));
      send({ type: 'latency', requests: samples.length, ...summary } satisfies ServerLatency);
    } else {
      void app
        .close()
        .then(() => store.close())
        .finally(() => process.exit(0));
    }
  });
  send({ type: 'ready', url, integrationKey: key, recalls: corpus.recalls.length, products: corpus.products, storeMs, indexMs } satisfies ServerReady);
}

serve().catch((error: unknown) => {
  console.error(`api bench server failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
