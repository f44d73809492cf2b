import { Command, Option } from 'commander';
import { SingleBar } from 'cli-progress';
import { stat } from 'node:fs/promises';
import { formatProblem } from '../../errors/index.js';
import { checkListingsInput, LISTING_FORMATS, readListingBatches, type ListingFormat } from '../../listings/index.js';
import { buildRecallIndex, DEFAULT_ALGORITHM, screenListing, type RecallIndex } from '../../matching/index.js';
import { createResultWriter, OUTPUT_FORMATS, truncate, type OutputFormat } from '../../console/result-writers.js';
import { countDecision, emptySummary } from '../../console/screen-summary.js';
import type { CliIo } from '../cli-io.js';
import { loadRecalls } from '../load-recalls.js';
import { resolveThresholds, thresholdOptions, type ThresholdFlags } from '../threshold-options.js';
import type { CommandState } from '../command-state.js';

interface ScreenFlags extends ThresholdFlags {
  recalls: string[];
  listings: string;
  format: OutputFormat;
  listingsFormat?: ListingFormat;
  algorithm: string;
}

const MAX_PROBLEMS_SHOWN = 50;

export function screenCommand(io: CliIo, state: CommandState): Command {
  const command = new Command('screen')
    .description('Screen listings against recalls; prints the listings that match a recall at review or above')
    .requiredOption('--recalls <paths...>', 'recall files or folders (CPSC API JSON, recallguard JSON, other supported feeds)')
    .requiredOption('--listings <file>', 'listings as NDJSON, a JSON array, CSV or TSV (gtins separated by ";"); "-" reads stdin')
    .addOption(new Option('--format <format>', 'output format').choices(OUTPUT_FORMATS).default('table'))
    .addOption(new Option('--listings-format <format>', 'listings format (default: from the file extension)').choices(LISTING_FORMATS))
    .option('--algorithm <name>', 'matching algorithm', DEFAULT_ALGORITHM);
  thresholdOptions(command).action(async (flags: ScreenFlags) => {
    // a mistyped listings path is reported at once, not after every recall file is read
    await checkListingsInput(flags.listings);
    const recalls = await loadRecalls(flags.recalls, io);
    const index = buildRecallIndex(recalls, { algorithm: flags.algorithm });
    state.exitCode = await screenFile(index, flags, io);
  });
  return command;
}

async function screenFile(index: RecallIndex, flags: ScreenFlags, io: CliIo): Promise<number> {
  const started = performance.now();
  const summary = emptySummary();
  const writer = createResultWriter(flags.format, io.stdout, io.stderr, (match) => {
    const product = index.product(match.recallId, match.productIndex);
    return `${match.recallId} ${truncate(product?.name ?? '', 70)}`;
  });
  const progress = io.interactive && flags.listings !== '-' ? await progressBar(flags.listings, io) : undefined;
  const thresholds = resolveThresholds(flags, index.algorithm);
  const batches = readListingBatches(flags.listings, { format: flags.listingsFormat, onBytes: progress ? (bytes) => progress.update(bytes) : undefined });
  try {
    for await (const batch of batches) {
      for (const item of batch) {
        if (!item.ok) {
          summary.rejected += 1;
          if (summary.rejected <= MAX_PROBLEMS_SHOWN) io.stderr.write(`rejected: ${formatProblem(item.problem)}\n`);
          continue;
        }
        const result = screenListing(index, item.listing, { thresholds });
        countDecision(summary, result.decision);
        if (result.decision !== 'clear') await writer.write(result, item.listing);
      }
    }
  } finally {
    // also when the input breaks off: what was screened up to there is summed up before the error is reported
    progress?.stop();
    if (summary.rejected > MAX_PROBLEMS_SHOWN) io.stderr.write(`rejected: … ${summary.rejected - MAX_PROBLEMS_SHOWN} more records\n`);
    summary.elapsedMs = performance.now() - started;
    await writer.end(summary);
  }
  return summary.rejected > 0 ? 3 : 0;
}

interface Progress {
  update(bytes: number): void;
  stop(): void;
}

const MIB = 1_048_576;

async function progressBar(path: string, io: CliIo): Promise<Progress> {
  const { size } = await stat(path);
  const bar = new SingleBar({
    stream: io.stderr,
    format: 'screening [{bar}] {percentage}% | {read}/{size} MiB | ETA {eta_formatted}',
    hideCursor: true,
  });
  bar.start(size, 0, { read: '0', size: (size / MIB).toFixed(0) });
  return {
    update: (bytes) => bar.update(bytes, { read: (bytes / MIB).toFixed(0) }),
    stop: () => bar.stop(),
  };
}
