import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { sql } from 'kysely';
import type { ListingReadItem } from '../src/listings/index.js';
import type { Recall } from '../src/recalls/index.js';
import { ScreeningService } from '../src/screening/index.js';
import { createDatabase, openStore, type DatabaseOptions, type ListingKey, type Store } from '../src/storage/index.js';
import { runScript, wholeNumber } from './lib/cli-support.js';
import { generateListings } from './lib/listing-generator.js';
import { projectRoot } from './lib/project-root.js';
import { loadCpscCorpus, missingCorpusFiles, referenceDataDir } from './lib/recall-corpus.js';
import { elapsedMs } from './lib/stats.js';

interface SweepBenchOptions {
  readonly listings: number;
  readonly engine: 'pglite' | 'postgres' | 'both';
  readonly pageSize: number;
  readonly batch: number;
  readonly databaseUrl?: string;
  readonly out?: string;
}

interface EngineResult {
  readonly engine: string;
  readonly listings: number;
  readonly recall: string;
  readonly derived: number;
  readonly loadMs: number;
  readonly loadPerSecond: number;
  /** Paging through every stored listing, parsing each document, screening nothing: the floor of a sweep. */
  readonly readMs: number;
  readonly sweepMs: number;
  readonly sweepPerSecond: number;
  readonly secondSweepMs: number;
  readonly matched: number;
  readonly sameMatchesTwice: boolean;
  readonly sweepOverRead: number;
}

const RESULTS = resolve(projectRoot(), 'bench', 'results', 'sweep.json');
const log = (message: string): void => void process.stderr.write(`${message}\n`);
const perSecond = (count: number, ms: number): number => Math.round(count / (ms / 1000));

/** The recall the derived listings copy: the first with model numbers and a brand, a typical CPSC notice. */
function pickTarget(recalls: readonly Recall[]): Recall {
  const target = recalls.find((recall) => recall.products.some((product) => product.modelNumbers.length > 0 && product.brands.length > 0));
  if (!target) throw new Error('no recall with model numbers and a brand in the corpus');
  return target;
}

async function* listingBatches(count: number, target: Recall, batch: number, derivedIds: Set<string>): AsyncGenerator<ListingReadItem[]> {
  let items: ListingReadItem[] = [];
  let position = 0;
  for (const { listing, truth } of generateListings(count, { seed: 11, recalls: [target], recallShare: 0.001 })) {
    if (truth) derivedIds.add(listing.id);
    items.push({ ok: true, listing, position: ++position });
    if (items.length === batch) {
      yield items;
      items = [];
    }
  }
  if (items.length > 0) yield items;
}

async function readAll(store: Store, pageSize: number): Promise<number> {
  let after: ListingKey | undefined;
  let read = 0;
  for (;;) {
    const page = await store.listings.page(after, pageSize);
    read += page.length;
    if (page.length < pageSize) return read;
    after = page[page.length - 1];
  }
}

async function activeMatchIds(store: Store, recallId: string): Promise<string> {
  const rows = await store.matches.list({ recallId, status: 'active', limit: 1_000_000 });
  return rows.map((match) => `${match.id}:${match.score}:${match.decision}`).sort().join('\n');
}

async function runEngine(name: string, location: DatabaseOptions, recalls: readonly Recall[], options: SweepBenchOptions): Promise<EngineResult> {
  const store = await openStore(location);
  try {
    const target = pickTarget(recalls);
    const others = recalls.filter((recall) => recall.id !== target.id);
    log(`[${name}] storing ${others.length} recalls…`);
    await store.recalls.upsert(others);
    const service = new ScreeningService(store);

    log(`[${name}] storing and screening ${options.listings.toLocaleString('en-US')} listings…`);
    const derivedIds = new Set<string>();
    const loadStart = process.hrtime.bigint();
    await service.ingestListingBatches('sweep-bench', listingBatches(options.listings, target, options.batch, derivedIds));
    const loadMs = elapsedMs(loadStart);
    log(`[${name}] loaded in ${(loadMs / 1000).toFixed(1)} s`);

    const readStart = process.hrtime.bigint();
    const read = await readAll(store, options.pageSize);
    const readMs = elapsedMs(readStart);
    log(`[${name}] read ${read} listings back in ${(readMs / 1000).toFixed(1)} s`);

    log(`[${name}] new recall ${target.id}: sweeping…`);
    const sweepStart = process.hrtime.bigint();
    const { sweeps } = await service.ingestRecalls('sweep-bench', [target], [], { pageSize: options.pageSize });
    const sweepMs = elapsedMs(sweepStart);
    const first = await activeMatchIds(store, target.id);

    const againStart = process.hrtime.bigint();
    await service.sweep(target.id, { pageSize: options.pageSize });
    const secondSweepMs = elapsedMs(againStart);
    const second = await activeMatchIds(store, target.id);
    const sweep = sweeps[0];
    log(`[${name}] swept in ${(sweepMs / 1000).toFixed(1)} s, again in ${(secondSweepMs / 1000).toFixed(1)} s; ${sweep?.matched ?? 0} matches`);
    return {
      engine: name,
      listings: options.listings,
      recall: target.id,
      derived: derivedIds.size,
      loadMs: Math.round(loadMs),
      loadPerSecond: perSecond(options.listings, loadMs),
      readMs: Math.round(readMs),
      sweepMs: Math.round(sweepMs),
      sweepPerSecond: perSecond(options.listings, sweepMs),
      secondSweepMs: Math.round(secondSweepMs),
      matched: sweep?.matched ?? 0,
      sameMatchesTwice: first === second,
      sweepOverRead: Math.round((sweepMs / readMs) * 100) / 100,
    };
  } finally {
    await store.close();
  }
}

async function run(options: SweepBenchOptions): Promise<void> {
  const dataDir = referenceDataDir();
  const missing = missingCorpusFiles(dataDir);
  if (missing.length > 0) {
    console.log(`sweep bench skipped: reference data not found (${missing.join(', ')}); set RECALLGUARD_DATA to its folder`);
    return;
  }
  const corpus = await loadCpscCorpus(dataDir);
  const results: EngineResult[] = [];
  if (options.engine !== 'postgres') {
    const folder = await mkdtemp(join(tmpdir(), 'rg-sweep-bench-'));
    try {
      results.push(await runEngine('pglite', { dataDir: join(folder, 'db') }, corpus.recalls, options));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }
  if (options.engine !== 'pglite') {
    if (!options.databaseUrl) {
      log('postgres skipped: set DATABASE_URL or --database-url');
    } else {
      const schema = `rg_sweep_bench_${randomBytes(4).toString('hex')}`;
      try {
        results.push(await runEngine('postgres', { url: options.databaseUrl, schema }, corpus.recalls, options));
      } finally {
        const cleanup = createDatabase({ url: options.databaseUrl });
        await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(cleanup);
        await cleanup.destroy();
      }
    }
  }
  console.log('engine    listings   load/s   read back   sweep      sweep/s    sweep÷read  matches  same twice');
  for (const result of results) {
    console.log(
      `${result.engine.padEnd(9)} ${String(result.listings).padStart(9)} ${String(result.loadPerSecond).padStart(8)} ${`${(result.readMs / 1000).toFixed(1)} s`.padStart(10)} ${`${(result.sweepMs / 1000).toFixed(1)} s`.padStart(8)} ${String(result.sweepPerSecond).padStart(10)} ${result.sweepOverRead.toFixed(2).padStart(11)} ${String(result.matched).padStart(8)}  ${result.sameMatchesTwice}`,
    );
  }
  const out = options.out ?? RESULTS;
  await writeFile(out, `${JSON.stringify({ node: process.version, pageSize: options.pageSize, results }, null, 2)}\n`);
  log(`written to ${out}`);
}

await runScript(() =>
  new Command('sweep-bench')
    .description('Stores N generated listings (0.1% copying one recall), then times the sweep a new recall triggers, on PGlite and PostgreSQL')
    .option('--listings <n>', 'listings to store', wholeNumber(1), 1_000_000)
    .addOption(new Option('--engine <engine>', 'engines to measure').choices(['pglite', 'postgres', 'both']).default('both'))
    .option('--page-size <n>', 'listings per sweep page', wholeNumber(1), 2_000)
    .option('--batch <n>', 'listings per upload batch', wholeNumber(1), 5_000)
    .option('--database-url <url>', 'PostgreSQL server for the postgres engine', process.env.DATABASE_URL)
    .option('--out <file>', 'where the JSON goes', RESULTS)
    .action((options: SweepBenchOptions) => run(options))
    .parseAsync(process.argv),
);
