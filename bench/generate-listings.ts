import { Command, InvalidArgumentError } from 'commander';
import cliProgress from 'cli-progress';
import { formatProblem } from '../src/errors/index.js';
import { readRecallFiles } from '../src/feeds/index.js';
import type { Recall } from '../src/recalls/index.js';
import { runScript, wholeNumber } from './lib/cli-support.js';
import { EVASION_NAMES, evasionByName, type EvasionName } from './lib/evasions.js';
import { writeListingsNdjson, writeTruthsNdjson } from './lib/listing-file.js';
import { generateListings, type GeneratedListing } from './lib/listing-generator.js';
import { elapsedMs } from './lib/stats.js';

interface GenerateOptions {
  readonly count: number;
  readonly out: string;
  readonly seed: number;
  readonly recalls: readonly string[];
  readonly recallShare: number;
  readonly evasions?: readonly EvasionName[];
  readonly truth?: string;
}

function share(value: string): number {
  const parsed = Number(value);
  if (!(parsed >= 0 && parsed <= 1)) throw new InvalidArgumentError('expected a share between 0 and 1, e.g. 0.01');
  return parsed;
}

function evasionList(value: string): EvasionName[] {
  const names = value.split(',').map((name) => name.trim()).filter((name) => name !== '');
  const unknown = names.filter((name) => !(EVASION_NAMES as readonly string[]).includes(name));
  if (unknown.length > 0) throw new InvalidArgumentError(`unknown evasion(s) ${unknown.join(', ')}; known: ${EVASION_NAMES.join(', ')}`);
  return names as EvasionName[];
}

/** Passes listings through while a progress bar (on a terminal only) counts them. */
function* withProgress(listings: Iterable<GeneratedListing>, total: number): Generator<GeneratedListing> {
  const bar = process.stderr.isTTY ? new cliProgress.SingleBar({ stream: process.stderr }, cliProgress.Presets.shades_classic) : undefined;
  bar?.start(total, 0);
  let done = 0;
  try {
    for (const item of listings) {
      yield item;
      if (++done % 10_000 === 0) bar?.update(done);
    }
    bar?.update(done);
  } finally {
    bar?.stop();
  }
}

async function loadRecalls(paths: readonly string[]): Promise<Recall[]> {
  if (paths.length === 0) return [];
  const result = await readRecallFiles(paths);
  for (const problem of result.problems.slice(0, 5)) process.stderr.write(`skipped: ${formatProblem(problem)}\n`);
  if (result.problems.length > 5) process.stderr.write(`skipped: … and ${result.problems.length - 5} more recall records\n`);
  return result.recalls;
}

async function generate(options: GenerateOptions): Promise<void> {
  const start = process.hrtime.bigint();
  const recalls = await loadRecalls(options.recalls);
  const listings = generateListings(options.count, {
    seed: options.seed,
    recalls,
    recallShare: options.recallShare,
    ...(options.evasions ? { evasions: options.evasions.map(evasionByName) } : {}),
  });
  const written = await writeListingsNdjson(options.out, withProgress(listings, options.count));
  if (options.truth) await writeTruthsNdjson(options.truth, written.truths);
  const seconds = elapsedMs(start) / 1000;
  console.log(
    `wrote ${written.count.toLocaleString('en-US')} listings (${written.truths.length} derived from ${recalls.length} recalls), ` +
      `${(written.bytes / 1048576).toFixed(1)} MiB, to ${options.out} in ${seconds.toFixed(1)} s` +
      (options.truth ? `; truth in ${options.truth}` : ''),
  );
}

const program = new Command('generate-listings')
  .description('Writes synthetic marketplace listings as NDJSON: unrelated products, and a share derived from recalls with evasions.')
  .requiredOption('--out <file>', 'NDJSON file to write')
  .option('--count <n>', 'how many listings', wholeNumber(1), 100_000)
  .option('--seed <n>', 'same seed, same listings', wholeNumber(0), 1)
  .option('--recalls <files...>', 'recall files (any supported feed format) to derive listings from', [])
  .option('--recall-share <share>', 'share of listings derived from a recall', share, 0.01)
  .option('--evasions <names>', `comma-separated evasions to use (default all): ${EVASION_NAMES.join(', ')}`, evasionList)
  .option('--truth <file>', 'also write, as NDJSON, which recall and evasion each derived listing came from')
  .exitOverride()
  .action((options: GenerateOptions) => generate(options));

await runScript(() => program.parseAsync(process.argv));
