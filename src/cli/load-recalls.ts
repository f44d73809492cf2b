import { formatProblem, RecallguardError } from '../errors/index.js';
import { readRecallFiles } from '../feeds/index.js';
import type { Recall } from '../recalls/index.js';
import type { CliIo } from './cli-io.js';

const SHOWN_PROBLEMS = 3;

/**
 * Reads recall files for a command, reporting skipped records on stderr. No recall at all is an error.
 * @example const recalls = await loadRecalls(['data/demo/recalls.json'], io);
 */
export async function loadRecalls(paths: readonly string[], io: CliIo, options: { quiet?: boolean } = {}): Promise<Recall[]> {
  const result = await readRecallFiles(paths);
  if (!options.quiet && result.problems.length > 0) {
    for (const problem of result.problems.slice(0, SHOWN_PROBLEMS)) io.stderr.write(`skipped: ${formatProblem(problem)}\n`);
    const more = result.problems.length - SHOWN_PROBLEMS;
    if (more > 0) io.stderr.write(`skipped: … and ${more} more recall records (recallguard recalls import lists them all)\n`);
  }
  if (result.recalls.length === 0) {
    throw new RecallguardError('RG_ERR_BAD_INPUT', `no usable recall in ${paths.join(', ')}`);
  }
  return result.recalls;
}
