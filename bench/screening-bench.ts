import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import type { Listing } from '../src/listings/index.js';
import { screenListing } from '../src/matching/index.js';
import { formatReport, writeResult } from './lib/bench-report.js';
import { runScript, wholeNumber } from './lib/cli-support.js';
import { readFileOnly, screenFile, type EnginePass, type TimedEnginePass } from './lib/engine-pass.js';
import { FuseBaseline } from './lib/fuse-baseline.js';
import { measureIndexBuilds } from './lib/index-build.js';
import { runInterleaved, type BenchVariant } from './lib/interleaved-rounds.js';
import { writeListingsNdjson } from './lib/listing-file.js';
import { generateListings, type GeneratedListing } from './lib/listing-generator.js';
import { PgTrgmBaseline } from './lib/pg-trgm-baseline.js';
import { rawReadParse } from './lib/raw-baseline.js';
import { loadCpscCorpus, missingCorpusFiles, productNames, referenceDataDir } from './lib/recall-corpus.js';
import { projectRoot } from './lib/project-root.js';
import { planRounds } from './lib/round-budget.js';
import { summariseRun } from './lib/screening-result.js';
import { elapsedMs } from './lib/stats.js';

interface BenchOptions {
  readonly listings: number;
  readonly rounds: number;
  readonly fuseSample: number;
  readonly pgSample: number;
  readonly seed: number;
  readonly budget: number;
  readonly algorithm?: string;
  readonly databaseUrl?: string;
  readonly out?: string;
  readonly quick: boolean;
}

const RESULTS_DIR = resolve(projectRoot(), 'bench', 'results');
const QUICK = { listings: 5_000, rounds: 2, fuseSample: 3, pgSample: 5 } as const;
const INDEX_BUILDS = 3;
const WARM_UP_LISTINGS = 2_000;

const log = (message: string): void => void process.stderr.write(`${message}\n`);

/** Keeps the first `size` listings that pass through, for warm-up and the sampled baselines. */
function* keepFirst(listings: Iterable<GeneratedListing>, kept: Listing[], size: number): Generator<GeneratedListing> {
  for (const item of listings) {
    if (kept.length < size) kept.push(item.listing);
    yield item;
  }
}

async function run(options: BenchOptions): Promise<void> {
  const startedAt = process.hrtime.bigint();
  const dataDir = referenceDataDir();
  const missing = missingCorpusFiles(dataDir);
  if (missing.length > 0) {
    console.log(`screening bench skipped: reference data not found (${missing.join(', ')}); set RECALLGUARD_DATA to its folder`);
    return;
  }
  const settings = options.quick ? { ...options, ...QUICK } : options;
  const { listings, fuseSample, pgSample } = settings;

  log('reading the CPSC corpus…');
  const corpus = await loadCpscCorpus(dataDir);
  const workDir = await mkdtemp(join(tmpdir(), 'rg-screening-bench-'));
  try {
    const file = join(workDir, 'listings.ndjson');
    const sample: Listing[] = [];
    log(`writing ${listings.toLocaleString('en-US')} listings…`);
    const writeStart = process.hrtime.bigint();
    const generated = generateListings(listings, { seed: settings.seed, recalls: corpus.recalls });
    const sampleSize = Math.max(WARM_UP_LISTINGS, settings.rounds * Math.max(fuseSample, pgSample));
    const written = await writeListingsNdjson(file, keepFirst(generated, sample, sampleSize));
    const writeMs = elapsedMs(writeStart);
    const derivedIds = new Set(written.truths.map((truth) => truth.listingId));

    log('building the recall index…');
    const built = measureIndexBuilds(corpus.recalls, settings.algorithm ? { algorithm: settings.algorithm } : {}, INDEX_BUILDS);
    const names = productNames(corpus.recalls);
    const fuse = new FuseBaseline(names);
    log(`loading pg_trgm on ${settings.databaseUrl ? 'the PostgreSQL server' : 'PGlite'}…`);
    const pg = await PgTrgmBaseline.open(names, settings.databaseUrl);
    try {
      log('warming up…');
      let checksum = 0;
      const warmStart = process.hrtime.bigint();
      const warmUp = sample.slice(0, WARM_UP_LISTINGS);
      for (const listing of warmUp) checksum += screenListing(built.index, listing).matches.length;
      const enginePerListingMs = elapsedMs(warmStart) / warmUp.length;
      const fuseWarm = fuse.search(sample.slice(0, 2));
      const pgWarm = await pg.search(sample.slice(0, 3));
      checksum += fuseWarm.checksum + pgWarm.checksum + (await rawReadParse(file)).checksum;
      const roundMs =
        4 * listings * enginePerListingMs + (fuseSample * fuseWarm.ms) / fuseWarm.listings + (pgSample * pgWarm.ms) / pgWarm.listings;
      const plan = planRounds(settings.rounds, settings.budget * 1000 - elapsedMs(startedAt), roundMs);
      if (plan.warning) log(`note: ${plan.warning}`);

      const engineRuns: EnginePass[] = [];
      const timedRuns: TimedEnginePass[] = [];
      const slice = (round: number, size: number): Listing[] => sample.slice(round * size, (round + 1) * size);
      // Each file pass is primed by an unmeasured pass of its own (see BenchVariant.prime); fuse.js and pg_trgm
      // spend hundreds of milliseconds a listing on their own work, so they are not.
      const primeRaw = async (): Promise<void> => {
        checksum += (await rawReadParse(file)).checksum;
      };
      const primeRead = async (): Promise<void> => {
        checksum += (await readFileOnly(file)).checksum;
      };
      const primeEngine = async (): Promise<void> => {
        checksum += (await screenFile(built.index, file, derivedIds)).checksum;
      };
      const variants: readonly BenchVariant[] = [
        // raw and engine side by side, so that most rounds measure them seconds apart (engine/raw is paired by round)
        { name: 'raw', prime: primeRaw, run: () => rawReadParse(file) },
        {
          name: 'engine',
          prime: primeEngine,
          run: async () => {
            const pass = await screenFile(built.index, file, derivedIds);
            engineRuns.push(pass);
            return pass;
          },
        },
        { name: 'read', prime: primeRead, run: () => readFileOnly(file) },
        {
          name: 'engine timed',
          prime: primeEngine,
          run: async () => {
            const pass = await screenFile(built.index, file, derivedIds, listings);
            timedRuns.push(pass);
            return pass;
          },
        },
        { name: 'fuse', run: async (round) => fuse.search(slice(round, fuseSample)) },
        { name: 'pg_trgm', run: (round) => pg.search(slice(round, pgSample)) },
      ];
      const budgetMs = settings.budget * 1000;
      let warning = plan.warning;
      const outcomes = await runInterleaved(variants, plan.rounds, {
        onDone(round, name, outcome) {
          checksum += outcome.checksum;
          log(`round ${round + 1}/${plan.rounds} ${name}: ${outcome.listings} listings in ${outcome.ms.toFixed(1)} ms`);
        },
        continueAfter(done, lastRoundMs) {
          if (elapsedMs(startedAt) + lastRoundMs <= budgetMs) return true;
          warning =
            `a round took ${Math.round(lastRoundMs / 1000)} s, so ${done} of the ${settings.rounds} requested rounds ` +
            `fit in the ${settings.budget} s budget (raise it with --budget <seconds>)`;
          return false;
        },
      });
      const roundsRun = outcomes.get('engine')?.length ?? 0;

      const result = summariseRun({
        startedAt,
        quick: options.quick,
        settings: {
          listings,
          roundsRequested: settings.rounds,
          rounds: roundsRun,
          fuseSamplePerRound: fuseSample,
          pgSamplePerRound: pgSample,
          seed: settings.seed,
          budgetSeconds: settings.budget,
          algorithm: settings.algorithm ?? 'default',
        },
        corpus,
        written,
        writeMs,
        built,
        pgEngine: pg.engine,
        outcomes,
        engineRuns,
        timedRuns,
        notes: warning ? [warning] : [],
        checksum,
      });
      console.log(formatReport(result));
      const out = options.out ?? join(RESULTS_DIR, options.quick ? 'screening-quick.json' : 'screening.json');
      await writeResult(out, result);
      console.log(`results written to ${out}`);
    } finally {
      await pg.close();
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

const program = new Command('screening-bench')
  .description('Screening throughput and latency against the whole CPSC corpus, beside raw parsing, fuse.js and pg_trgm.')
  .option('--listings <n>', 'listings generated and screened in every round', wholeNumber(1), 100_000)
  .option('--rounds <n>', 'rounds; every variant runs once per round, medians are reported', wholeNumber(1), 9)
  .option('--fuse-sample <n>', 'listings searched with fuse.js per round', wholeNumber(1), 10)
  .option('--pg-sample <n>', 'listings queried with pg_trgm per round', wholeNumber(1), 20)
  .option('--seed <n>', 'seed of the listing generator', wholeNumber(0), 1)
  .option('--budget <seconds>', 'time budget; fewer rounds run when the estimate exceeds it', wholeNumber(1), 270)
  .option('--algorithm <name>', 'matching algorithm (default: the engine default)')
  .option('--database-url <url>', 'run pg_trgm on this PostgreSQL server instead of PGlite', process.env.DATABASE_URL)
  .option('--out <file>', 'where to write the JSON results (default bench/results/screening.json)')
  .option('--quick', 'a small, fast run for smoke tests (results go to screening-quick.json)', false)
  .exitOverride()
  .action((options: BenchOptions) => run(options));

await runScript(() => program.parseAsync(process.argv));
