import { machineInfo, type ScreeningBenchResult, type VariantSummary } from './bench-report.js';
import type { EnginePass, TimedEnginePass } from './engine-pass.js';
import type { IndexBuildMeasure } from './index-build.js';
import { ratesOf, type RoundOutcome } from './interleaved-rounds.js';
import type { WrittenListings } from './listing-file.js';
import { mebibytes } from './memory.js';
import type { RecallCorpus } from './recall-corpus.js';
import { median } from './stats.js';

export const ENGINE_TARGET_PER_SEC = 50_000;
export const RAW_RATIO_TARGET = 0.3;

/** Everything a finished run measured, before it is summarised. */
export interface ScreeningRun {
  readonly startedAt: bigint;
  readonly quick: boolean;
  readonly settings: Readonly<Record<string, number | string | boolean>>;
  readonly corpus: RecallCorpus;
  readonly written: WrittenListings;
  readonly writeMs: number;
  readonly built: IndexBuildMeasure;
  readonly pgEngine: string;
  readonly outcomes: ReadonlyMap<string, readonly RoundOutcome[]>;
  /** Passes without per-listing timers: the throughput. */
  readonly engineRuns: readonly EnginePass[];
  /** Passes with a timer around every listing: the latencies and the time inside `screenListing`. */
  readonly timedRuns: readonly TimedEnginePass[];
  readonly notes: readonly string[];
  readonly checksum: number;
}

function summary(
  name: string,
  outcomes: readonly RoundOutcome[],
  note: string,
  latency?: { readonly p50Ms: number; readonly p99Ms: number },
): VariantSummary {
  const rates = ratesOf(outcomes);
  return {
    name,
    listingsPerRound: outcomes[0]?.listings ?? 0,
    listingsPerSec: median(rates),
    ...(latency ?? {}),
    rounds: rates.map((rate) => Math.round(rate * 10) / 10),
    note,
  };
}

/**
 * The engine's rate over the raw parse's, round by round: both passes of a round run within seconds of each other,
 * so a slow spell of the machine weighs on both sides of the ratio, where a ratio of medians may set one round's
 * engine against another round's parse.
 */
export function pairedRatios(engine: readonly RoundOutcome[], raw: readonly RoundOutcome[]): number[] {
  const engineRates = ratesOf(engine);
  const rawRates = ratesOf(raw);
  const rounds = Math.min(engineRates.length, rawRates.length);
  return Array.from({ length: rounds }, (_, round) => (engineRates[round] as number) / (rawRates[round] as number));
}

/**
 * Summarises a run by medians over its rounds: one row per variant, the ratios and the targets. `engine/raw` is the
 * median of the rounds' own ratios ({@link pairedRatios}); the other ratios, of sampled baselines, are of medians.
 * @example const result = summariseRun(run); console.log(formatReport(result));
 */
export function summariseRun(run: ScreeningRun): ScreeningBenchResult {
  const of = (name: string): readonly RoundOutcome[] => run.outcomes.get(name) ?? [];
  const raw = summary('raw read+parse', of('raw'), 'stream, split lines, JSON.parse: the ceiling');
  const read = summary('readListings alone', of('read'), 'read + validation (hand check, zod when it fails), no screening');
  const engine = summary('engine: readListings + screenListing', of('engine'), 'validated and screened, end to end');
  const timed = summary('engine, every listing timed', of('engine timed'), 'the same with a clock read around each listing', {
    p50Ms: median(run.timedRuns.map((pass) => pass.p50Ms)),
    p99Ms: median(run.timedRuns.map((pass) => pass.p99Ms)),
  });
  const screenOnly = summary(
    'engine: screenListing alone',
    run.timedRuns.map((pass) => ({ ...pass, ms: pass.screenMs })),
    'time inside screenListing only (timed pass)',
  );
  const fuse = summary('fuse.js over product names', of('fuse'), 'threshold 0.4, top 5, sampled');
  const pg = summary(`pg_trgm on ${run.pgEngine}`, of('pg_trgm'), 'GIN trigram index, name % title, top 5, sampled');
  const last = run.engineRuns.at(-1);
  const rawRatios = pairedRatios(of('engine'), of('raw'));
  const rawRatio = median(rawRatios);
  return {
    schema: 'recallguard-screening-bench/2',
    finishedAt: new Date().toISOString(),
    command: ['npm run bench --', ...process.argv.slice(2)].join(' ').trim(),
    quick: run.quick,
    machine: machineInfo(),
    settings: run.settings,
    corpus: {
      recalls: run.corpus.recalls.length,
      products: run.corpus.products,
      problems: run.corpus.problems,
      loadMs: run.corpus.loadMs,
    },
    listingsFile: {
      listings: run.written.count,
      derived: run.written.truths.length,
      mebibytes: mebibytes(run.written.bytes),
      writeMs: run.writeMs,
    },
    index: {
      buildMsMedian: median(run.built.buildMs),
      buildMsRuns: run.built.buildMs,
      heapMiB: mebibytes(run.built.heapBytes),
      rssMiB: mebibytes(run.built.rssBytes),
    },
    variants: [raw, read, engine, timed, screenOnly, fuse, pg],
    engine: {
      decisions: last?.decisions ?? { block: 0, review: 0, clear: 0 },
      derivedFlagged: last?.derivedFlagged ?? 0,
      derived: run.written.truths.length,
      problems: last?.problems ?? 0,
    },
    ratios: {
      'engine/raw': rawRatio,
      'engine/fuse': engine.listingsPerSec / fuse.listingsPerSec,
      'engine/pg_trgm': engine.listingsPerSec / pg.listingsPerSec,
    },
    engineRawRounds: rawRatios.map((ratio) => Math.round(ratio * 1000) / 1000),
    targets: [
      {
        description: `engine >= ${ENGINE_TARGET_PER_SEC.toLocaleString('en-US')} listings/s on one core`,
        unit: 'listings/s',
        target: ENGINE_TARGET_PER_SEC,
        measured: engine.listingsPerSec,
        met: engine.listingsPerSec >= ENGINE_TARGET_PER_SEC,
      },
      {
        description: `engine >= ${RAW_RATIO_TARGET}x raw read+parse`,
        unit: 'x',
        target: RAW_RATIO_TARGET,
        measured: rawRatio,
        met: rawRatio >= RAW_RATIO_TARGET,
      },
    ],
    notes: run.notes,
    totalMs: Number(process.hrtime.bigint() - run.startedAt) / 1e6,
    checksum: run.checksum,
  };
}
