import { InvalidArgumentError, type Command } from 'commander';
import { RecallguardError } from '../errors/index.js';
import { Thresholds, type Algorithm } from '../matching/index.js';

export interface ThresholdFlags {
  blockThreshold?: number;
  reviewThreshold?: number;
}

function parseScore(value: string): number {
  const score = Number(value);
  if (!Number.isFinite(score) || score < 0 || score > 1) throw new InvalidArgumentError('expected a number from 0 to 1');
  return score;
}

/** Adds --block-threshold and --review-threshold to a command. */
export function thresholdOptions(command: Command): Command {
  return command
    .option('--block-threshold <score>', 'score at or above which a match is "block" (default: the algorithm\'s)', parseScore)
    .option('--review-threshold <score>', 'score at or above which a match is "review" (default: the algorithm\'s)', parseScore);
}

/** The algorithm's thresholds with the flags' overrides, checked (block must not be below review). */
export function resolveThresholds(flags: ThresholdFlags, algorithm: Algorithm): Thresholds {
  const parsed = Thresholds.safeParse({
    block: flags.blockThreshold ?? algorithm.thresholds.block,
    review: flags.reviewThreshold ?? algorithm.thresholds.review,
  });
  if (!parsed.success) throw new RecallguardError('RG_ERR_USAGE', `--block-threshold must be at least --review-threshold (${parsed.error.issues[0]?.message})`);
  return parsed.data;
}
