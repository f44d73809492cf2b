import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { formatProblem, type RecordProblem } from '../errors/index.js';
import { readRecallFiles } from '../feeds/index.js';
import { mergeRecalls, type MergeOutcome, type Recall } from '../recalls/index.js';
import type { CliIo } from './cli-io.js';

export const RECALLS_FORMAT = 'recallguard.recalls/v1';

/**
 * Upserts recalls into a recallguard-format JSON file (created if missing), written atomically.
 * @example await upsertRecallFile('.recallguard/recalls/cpsc.json', recalls);
 */
export async function upsertRecallFile(path: string, incoming: readonly Recall[]): Promise<MergeOutcome> {
  const existing = existsSync(path) ? (await readRecallFiles([path])).recalls : [];
  const outcome = mergeRecalls(existing, incoming);
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, `${JSON.stringify({ format: RECALLS_FORMAT, recalls: outcome.recalls }, null, 1)}\n`);
  return outcome;
}

/** Prints what an ingest run did: counts, then each rejected record with its reason. */
export function reportIngest(io: CliIo, target: string, outcome: MergeOutcome, problems: readonly RecordProblem[]): void {
  io.stderr.write(`${target}: ${outcome.added} added, ${outcome.updated} updated, ${outcome.unchanged} unchanged, ${problems.length} rejected; ${outcome.recalls.length} recalls in all\n`);
  for (const problem of problems) io.stderr.write(`rejected: ${formatProblem(problem)}\n`);
}
