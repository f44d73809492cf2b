import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, platform, arch, totalmem } from 'node:os';
import { dirname } from 'node:path';

/** The machine a run was measured on. */
export interface MachineInfo {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly platform: string;
}

export function machineInfo(): MachineInfo {
  const cores = cpus();
  return {
    cpu: cores[0]?.model.trim() ?? 'unknown',
    cores: cores.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${platform()}-${arch()}`,
  };
}

/** One compared variant, summarised over the rounds by medians. */
export interface VariantSummary {
  readonly name: string;
  readonly listingsPerRound: number;
  readonly listingsPerSec: number;
  readonly p50Ms?: number;
  readonly p99Ms?: number;
  /** Listings per second of each round, in run order. */
  readonly rounds: readonly number[];
  readonly note: string;
}

export interface Target {
  readonly description: string;
  readonly unit: 'listings/s' | 'x';
  readonly target: number;
  readonly measured: number;
  readonly met: boolean;
}

/** Everything `bench/results/screening.json` holds. */
export interface ScreeningBenchResult {
  readonly schema: 'recallguard-screening-bench/2';
  readonly finishedAt: string;
  readonly command: string;
  readonly quick: boolean;
  readonly machine: MachineInfo;
  readonly settings: Readonly<Record<string, number | string | boolean>>;
  readonly corpus: { readonly recalls: number; readonly products: number; readonly problems: number; readonly loadMs: number };
  readonly listingsFile: { readonly listings: number; readonly derived: number; readonly mebibytes: number; readonly writeMs: number };
  readonly index: {
    readonly buildMsMedian: number;
    readonly buildMsRuns: readonly number[];
    readonly heapMiB: number;
    readonly rssMiB: number;
  };
  readonly variants: readonly VariantSummary[];
  readonly engine: {
    readonly decisions: { readonly block: number; readonly review: number; readonly clear: number };
    readonly derivedFlagged: number;
    readonly derived: number;
    readonly problems: number;
  };
  readonly ratios: Readonly<Record<string, number>>;
  /** engine/raw of each round, in run order: `ratios['engine/raw']` is their median. */
  readonly engineRawRounds: readonly number[];
  readonly targets: readonly Target[];
  /** Anything that makes this run less than the requested one (fewer rounds for the time budget…). */
  readonly notes: readonly string[];
  readonly totalMs: number;
  /** Sum of every variant's consumed results; meaningless except that it exists. */
  readonly checksum: number;
}

function rate(value: number): string {
  if (!Number.isFinite(value)) return '-';
  return value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(1);
}

function ms(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '-';
  return value >= 10 ? value.toFixed(1) : value.toFixed(3);
}

function range(values: readonly number[]): string {
  if (values.length === 0) return '-';
  return `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}`;
}

function signed(value: number): string {
  return value >= 0 ? `+${value}` : String(value);
}

/**
 * The run as a plain-text table: one row per variant with listings/s and latency, then ratios and
 * targets.
 * @example console.log(formatReport(result));
 */
export function formatReport(result: ScreeningBenchResult): string {
  const header = ['variant', 'listings/round', 'listings/s (median)', 'p50 ms', 'p99 ms', 'note'];
  const rows = result.variants.map((variant) => [
    variant.name,
    String(variant.listingsPerRound),
    rate(variant.listingsPerSec),
    ms(variant.p50Ms),
    ms(variant.p99Ms),
    variant.note,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => (column >= 1 && column <= 4 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join('  ').trimEnd();
  const { corpus, index, engine, listingsFile } = result;
  return [
    `recallguard screening bench — ${result.machine.cpu} (${result.machine.cores} cores), Node ${result.machine.node}`,
    `corpus: ${corpus.recalls.toLocaleString('en-US')} recalls, ${corpus.products.toLocaleString('en-US')} products ` +
      `(${corpus.problems} records skipped), read in ${ms(corpus.loadMs)} ms`,
    `listings: ${listingsFile.listings.toLocaleString('en-US')} (${listingsFile.derived} derived from recalls), ${listingsFile.mebibytes} MiB NDJSON`,
    `index: built in ${ms(index.buildMsMedian)} ms (median of ${index.buildMsRuns.length}), ` +
      `heap ${signed(index.heapMiB)} MiB, RSS ${signed(index.rssMiB)} MiB`,
    '',
    line(header),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
    '',
    `engine decisions: ${engine.decisions.block} block, ${engine.decisions.review} review, ${engine.decisions.clear} clear; ` +
      `derived listings flagged: ${engine.derivedFlagged} of ${engine.derived}`,
    `ratios: ${Object.entries(result.ratios)
      .map(([name, value]) => `${name} ${value >= 10 ? Math.round(value).toLocaleString('en-US') : value.toFixed(2)}x`)
      .join(', ')}`,
    `engine/raw by round: ${result.engineRawRounds.map((ratio) => ratio.toFixed(2)).join(' ')} ` +
      `(the median is the ratio above; range ${range(result.engineRawRounds)})`,
    ...result.targets.map(
      (target) =>
        `target ${target.met ? 'met   ' : 'MISSED'}  ${target.description}: measured ` +
        (target.unit === 'x' ? `${target.measured.toFixed(2)}x` : `${rate(target.measured)} listings/s`),
    ),
    ...result.notes.map((note) => `note: ${note}`),
    `total ${(result.totalMs / 1000).toFixed(1)} s`,
  ].join('\n');
}

/** Writes the result as pretty JSON, creating the folder if needed. */
export async function writeResult(path: string, result: ScreeningBenchResult): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(result, null, 2)}\n`);
}
