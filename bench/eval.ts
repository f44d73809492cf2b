import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Command } from 'commander';
import { DEFAULT_ALGORITHM, getAlgorithm } from '../src/matching/index.js';
import { runScript, wholeNumber } from './lib/cli-support.js';
import { projectRoot } from './lib/project-root.js';
import { referenceDataDir } from './lib/recall-corpus.js';
import { ANCHORS } from './eval/anchors.js';
import { EM_DATASETS, evaluateEmDataset, missingSplitFiles, readEmDataset, type EmBenchmarkResult } from './eval/em-benchmark.js';
import { fitEmDataset } from './eval/em-fit.js';
import { formatBenchmarks, formatEmFits, formatScreening, formatSideBySide } from './eval/eval-report.js';
import { keepFew, type EvalResult } from './eval/eval-result.js';
import { runScreeningEval } from './eval/screening-eval.js';

interface EvalOptions {
  readonly seed: number;
  readonly algorithm?: string;
  readonly out?: string;
}

const SAMPLES_PER_KIND = 5;
const log = (message: string): void => void process.stderr.write(`${message}\n`);

/** A fitted (logistic) algorithm is fitted per EM dataset and scored on the suite's test split. */
const isFitted = (algorithm: string): boolean => getAlgorithm(algorithm).combination?.kind === 'logistic';

async function runBenchmarks(dataDir: string, algorithm: string, skipped: string[]): Promise<EvalResult['benchmarks']> {
  const benchmarks: Record<string, EvalResult['benchmarks'][string]> = {};
  for (const { key, folder } of EM_DATASETS) {
    const path = join(dataDir, 'em-benchmarks', folder);
    const missing = missingSplitFiles(path);
    if (missing.length > 0) {
      skipped.push(`${key} skipped: reference data not found (${missing.join(', ')})`);
      continue;
    }
    log(`EM benchmark ${key}…`);
    const dataset = await readEmDataset(key, path);
    benchmarks[key] = isFitted(algorithm) ? fitEmDataset(dataset) : (evaluateEmDataset(dataset, algorithm) satisfies EmBenchmarkResult);
  }
  return benchmarks;
}

async function run(options: EvalOptions): Promise<void> {
  const started = process.hrtime.bigint();
  const algorithm = getAlgorithm(options.algorithm ?? DEFAULT_ALGORITHM).name;
  const dataDir = referenceDataDir();
  const skipped: string[] = [];
  const benchmarks = await runBenchmarks(dataDir, algorithm, skipped);
  const fitted = isFitted(algorithm);
  const split = fitted ? ({ split: 'test' } as const) : {};
  const screening = await runScreeningEval(dataDir, { seed: options.seed, algorithm, log, ...split });
  if (!screening.ran) skipped.push(screening.reason);
  const baseline = fitted && screening.ran ? await runScreeningEval(dataDir, { seed: options.seed, algorithm: DEFAULT_ALGORITHM, log, ...split }) : undefined;
  for (const message of skipped) console.log(message);
  if (Object.keys(benchmarks).length === 0 && !screening.ran) {
    console.log('evaluation skipped: no reference data; set RECALLGUARD_DATA to the folder holding cpsc/ and em-benchmarks/');
    return;
  }
  const result: EvalResult = {
    algorithm,
    benchmarks,
    ...(screening.ran ? { screening: screening.screening } : {}),
    ...(baseline?.ran ? { baseline: { algorithm: DEFAULT_ALGORITHM, screening: baseline.screening } } : {}),
    anchors: ANCHORS,
    errorSamples: screening.ran ? keepFew(screening.samples, SAMPLES_PER_KIND) : [],
    skipped: [...skipped, ...(screening.ran ? screening.notes : [])],
    command: ['npm run eval --', ...process.argv.slice(2)].join(' ').trim(),
    generatedAt: new Date().toISOString(),
    runtimeMs: Math.round(Number(process.hrtime.bigint() - started) / 1e6),
  };
  console.log(`\n${formatBenchmarks(result)}\n\n${formatScreening(result)}\n`);
  if (fitted) console.log(`${formatEmFits(result)}\n\n${formatSideBySide(result)}\n`);
  const out = options.out ?? resolve(projectRoot(), 'bench', 'results', algorithm === DEFAULT_ALGORITHM ? 'eval.json' : `eval-${algorithm}.json`);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`results written to ${out} (${(result.runtimeMs / 1000).toFixed(1)} s)`);
}

const program = new Command('eval')
  .description('Matching quality: EM benchmarks (threshold chosen on valid, scored on test) and the recall-screening suite.')
  .option('--seed <n>', 'seed of the generated screening suite', wholeNumber(0), 1)
  .option('--algorithm <name>', 'matching algorithm (default: the engine default)')
  .option('--out <file>', 'where to write the JSON results (default bench/results/eval.json, eval-<algorithm>.json for others)')
  .exitOverride()
  .action((options: EvalOptions) => run(options));

await runScript(() => program.parseAsync(process.argv));
