import { fork, type ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import type { ServerLatency, ServerReady } from './api-bench-server.js';
import { machineInfo } from './lib/bench-report.js';
import { runScript, wholeNumber } from './lib/cli-support.js';
import { runLoad, type LoadPhase, type LoadSummary } from './lib/api-load.js';
import { generateListings } from './lib/listing-generator.js';
import { projectRoot } from './lib/project-root.js';
import { loadCpscCorpus, missingCorpusFiles, referenceDataDir } from './lib/recall-corpus.js';

interface BenchOptions {
  readonly rate: number;
  readonly duration: number;
  readonly connections: number;
  readonly saturationDuration: number;
  readonly listings: number;
  readonly recallShare: number;
  readonly seed: number;
  readonly out?: string;
}

const GOAL = { requestsPerSec: 1_000, p99Ms: 10 } as const;
const SAMPLE_CHECKS = 200;
const log = (message: string): void => void process.stderr.write(`${message}\n`);

/** Resolves with the first message of `type` the server sends. */
function reply<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolvePromise, reject) => {
    const onMessage = (message: { type?: string }) => {
      if (message.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolvePromise(message as T);
    };
    const onExit = (code: number | null) => reject(new Error(`api bench server exited (${code}) before answering "${type}"`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

function ask<T>(child: ChildProcess, type: string): Promise<T> {
  const answer = reply<T>(child, type);
  child.send({ type });
  return answer;
}

/** Screens a sample spread over the bodies one by one and checks every answer names its listing: the load is real work. */
async function checkAnswers(url: string, key: string, bodies: readonly string[]): Promise<Record<string, number>> {
  const decisions: Record<string, number> = {};
  const stride = Math.max(1, Math.floor(bodies.length / SAMPLE_CHECKS));
  for (const body of bodies.filter((_, index) => index % stride === 0).slice(0, SAMPLE_CHECKS)) {
    const response = await fetch(`${url}/v1/screen`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body });
    const answer = (await response.json()) as { results?: { listingId: string; decision: string }[] };
    const sent = (JSON.parse(body) as { listings: { id: string }[] }).listings[0]?.id;
    const result = answer.results?.[0];
    if (response.status !== 200 || result === undefined || result.listingId !== sent) throw new Error(`unexpected answer (${response.status}) for ${sent}: ${JSON.stringify(answer)}`);
    decisions[result.decision] = (decisions[result.decision] ?? 0) + 1;
  }
  return decisions;
}

async function measure(child: ChildProcess, url: string, key: string, bodies: readonly string[], phase: LoadPhase) {
  await ask(child, 'reset');
  const client = await runLoad(url, key, bodies, phase);
  const server = await ask<ServerLatency>(child, 'latency');
  log(
    `${phase.name.padEnd(11)} ${client.requestsPerSec.toFixed(0).padStart(6)} req/s  p50 ${client.p50Ms} ms  p99 ${client.p99Ms} ms  max ${client.maxMs} ms  ` +
      `errors ${client.errors}  non-2xx ${client.non2xx}  | server p50 ${server.p50Ms.toFixed(2)} ms  p99 ${server.p99Ms.toFixed(2)} ms`,
  );
  return { client, server: { requests: server.requests, p50Ms: server.p50Ms, p99Ms: server.p99Ms, maxMs: server.maxMs } };
}

function goals(target: LoadSummary) {
  const failures = target.errors + target.timeouts + target.non2xx;
  return [
    { description: `sustains ${GOAL.requestsPerSec} req/s (within 2 %)`, target: GOAL.requestsPerSec, measured: target.requestsPerSec, met: target.requestsPerSec >= GOAL.requestsPerSec * 0.98 },
    { description: `p99 latency at that rate <= ${GOAL.p99Ms} ms`, target: GOAL.p99Ms, measured: target.p99Ms, met: target.p99Ms <= GOAL.p99Ms },
    { description: 'no errors, timeouts or non-2xx answers', target: 0, measured: failures, met: failures === 0 },
  ];
}

async function run(options: BenchOptions): Promise<void> {
  const dataDir = referenceDataDir();
  const missing = missingCorpusFiles(dataDir);
  if (missing.length > 0) {
    console.log(`api bench skipped: reference data not found (${missing.join(', ')}); set RECALLGUARD_DATA to its folder`);
    return;
  }
  const serverScript = join(dirname(fileURLToPath(import.meta.url)), 'api-bench-server.js');
  const child = fork(serverScript, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    const readyMessage = reply<ServerReady>(child, 'ready');
    const corpus = await loadCpscCorpus(dataDir);
    const bodies = [...generateListings(options.listings, { seed: options.seed, recalls: corpus.recalls, recallShare: options.recallShare })].map(({ listing }) =>
      JSON.stringify({ listings: [listing] }),
    );
    const ready = await readyMessage;
    log(`server: ${ready.recalls} recalls (${ready.products} products) stored in ${(ready.storeMs / 1000).toFixed(1)} s, index built in ${(ready.indexMs / 1000).toFixed(1)} s, ${ready.url}`);
    const decisions = await checkAnswers(ready.url, ready.integrationKey, bodies);
    log(`checked ${SAMPLE_CHECKS} answers: ${JSON.stringify(decisions)}`);

    await runLoad(ready.url, ready.integrationKey, bodies, { name: 'warm-up', connections: options.connections, durationS: 5 });
    const saturation = await measure(child, ready.url, ready.integrationKey, bodies, { name: 'saturation', connections: 10, durationS: options.saturationDuration });
    const target = await measure(child, ready.url, ready.integrationKey, bodies, { name: 'target', connections: options.connections, durationS: options.duration, rate: options.rate });

    const result = {
      bench: 'api',
      date: new Date().toISOString(),
      machine: machineInfo(),
      corpus: { recalls: ready.recalls, products: ready.products, storeMs: ready.storeMs, indexMs: ready.indexMs },
      settings: { ...options, route: 'POST /v1/screen', listingsPerRequest: 1, distinctBodies: bodies.length, storage: 'in-memory PGlite', rateLimit: 'on (unreachable limit)' },
      sampleDecisions: decisions,
      saturation,
      target,
      goals: goals(target.client),
    };
    for (const goal of result.goals) log(`${goal.met ? 'met    ' : 'not met'}  ${goal.description}: ${goal.measured}`);
    const out = options.out ?? join(projectRoot(), 'bench', 'results', 'api.json');
    await mkdir(dirname(resolve(out)), { recursive: true });
    await writeFile(out, `${JSON.stringify(result, null, 2)}\n`);
    log(`results written to ${out}`);
  } finally {
    child.send({ type: 'stop' });
  }
}

const program = new Command('api-bench')
  .description('Load test of POST /v1/screen (one listing per request) over the full CPSC corpus')
  .option('--rate <n>', 'requests per second of the fixed-rate phase', wholeNumber(1), GOAL.requestsPerSec)
  .option('--duration <seconds>', 'length of the fixed-rate phase', wholeNumber(1), 20)
  .option('--connections <n>', 'connections of the fixed-rate phase', wholeNumber(1), 16)
  .option('--saturation-duration <seconds>', 'length of the closed-loop phase (10 connections)', wholeNumber(1), 10)
  .option('--listings <n>', 'distinct listings sent, one per request, in turn', wholeNumber(1), 20_000)
  .option('--recall-share <fraction>', 'share of listings derived from a recall (with an evasion)', Number, 0.05)
  .option('--seed <n>', 'seed of the listing generator', wholeNumber(0), 1)
  .option('--out <file>', 'where to write the JSON results (default bench/results/api.json)')
  .action((options: BenchOptions) => run(options));

await runScript(() => program.parseAsync(process.argv));
