import { formatProblem, type RecordProblem } from '../errors/index.js';
import type { ListingReadItem } from '../listings/index.js';
import type { Recall } from '../recalls/index.js';
import { EnforcementService } from '../enforcement/index.js';
import { ScreeningService, type ListingIngestOutcome, type SweepStatus } from '../screening/index.js';
import type { IngestRun } from '../storage/index.js';
import type { CliIo } from './cli-io.js';
import { withStore } from './cli-store.js';

const SHOWN_PROBLEMS = 50;

/** Stores recalls as new versions where they changed and sweeps the stored listings for each; prints what it did. */
export async function ingestRecallsIntoStore(io: CliIo, source: string, recalls: readonly Recall[], problems: readonly RecordProblem[]): Promise<void> {
  await withStore(io, async (store) => {
    const service = new ScreeningService(store, { listener: new EnforcementService(store).listener() });
    const { run, sweeps } = await service.ingestRecalls(source, recalls, problems, {
      onProgress: (sweep) => {
        if (io.interactive && !sweep.done) io.stderr.write(`\rsweeping ${sweep.recallId}: ${sweep.scanned}/${sweep.total}`);
      },
    });
    if (io.interactive && sweeps.length > 0) io.stderr.write('\n');
    reportRun(io, run, problems, engineName(store.engine));
    reportSweeps(io, sweeps);
  });
}

/** Streams listings into the store batch by batch, screens the new and changed ones, and prints what it did. */
export async function ingestListingsIntoStore(
  io: CliIo,
  source: string,
  batches: AsyncIterable<readonly ListingReadItem[]>,
): Promise<{ readonly rejected: number }> {
  return withStore(io, async (store) => {
    const service = new ScreeningService(store, { listener: new EnforcementService(store).listener() });
    let outcome: ListingIngestOutcome;
    let runId: string | undefined;
    try {
      outcome = await service.ingestListingBatches(source, batches, { onRunStarted: (id) => (runId = id) });
    } catch (error) {
      // the records read before the input broke off are stored, and this import's run says how many: shown before the error
      const run = runId === undefined ? undefined : await store.ingestRuns.get(runId);
      if (run) reportRun(io, run, [], engineName(store.engine));
      throw error;
    }
    reportRun(io, outcome.run, outcome.problems, engineName(store.engine));
    io.stderr.write(`screened ${outcome.screened} new or changed listings: ${outcome.matched} match a recall, ${outcome.withdrawn} earlier matches withdrawn\n`);
    return { rejected: outcome.run.rejected };
  });
}

function engineName(engine: 'pglite' | 'postgres'): string {
  return engine === 'postgres' ? 'PostgreSQL' : 'PGlite';
}

function reportRun(io: CliIo, run: IngestRun, problems: readonly RecordProblem[], engine: string): void {
  io.stderr.write(`${engine} store, ingest run ${run.runId} (${run.kind} from ${run.source}): ${run.added} added, ${run.changed} changed, ${run.unchanged} unchanged, ${run.rejected} rejected\n`);
  for (const problem of problems.slice(0, SHOWN_PROBLEMS)) io.stderr.write(`rejected: ${formatProblem(problem)}\n`);
  if (problems.length > SHOWN_PROBLEMS) io.stderr.write(`rejected: … and ${problems.length - SHOWN_PROBLEMS} more (all are stored with ingest run ${run.runId})\n`);
}

function reportSweeps(io: CliIo, sweeps: readonly SweepStatus[]): void {
  if (sweeps.length === 0) return;
  const matched = sweeps.reduce((sum, sweep) => sum + sweep.matched, 0);
  const withdrawn = sweeps.reduce((sum, sweep) => sum + sweep.withdrawn, 0);
  const scanned = sweeps[0]?.total ?? 0;
  io.stderr.write(`swept ${scanned} stored listings for ${sweeps.length} new or changed recalls: ${matched} matches, ${withdrawn} withdrawn\n`);
}
