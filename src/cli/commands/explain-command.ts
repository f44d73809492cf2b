import { Command } from 'commander';
import { RecallguardError } from '../../errors/index.js';
import { toListingItem } from '../../listings/index.js';
import { buildRecallIndex, DEFAULT_ALGORITHM, screenListing } from '../../matching/index.js';
import { formatExplanation } from '../../console/explanation.js';
import type { CliIo } from '../cli-io.js';
import { loadRecalls } from '../load-recalls.js';
import { resolveThresholds, thresholdOptions, type ThresholdFlags } from '../threshold-options.js';

interface ExplainFlags extends ThresholdFlags {
  recalls: string[];
  listing: string;
  algorithm: string;
}

export function explainCommand(io: CliIo): Command {
  const command = new Command('explain')
    .description('Screen one listing and show, for each matching recall, every feature that fired and why')
    .requiredOption('--recalls <paths...>', 'recall files or folders')
    .requiredOption('--listing <json>', 'the listing as JSON, e.g. \'{"id":"1","title":"Anker A1263 power bank"}\'')
    .option('--algorithm <name>', 'matching algorithm', DEFAULT_ALGORITHM);
  thresholdOptions(command).action(async (flags: ExplainFlags) => {
    const listing = parseListingArgument(flags.listing);
    const index = buildRecallIndex(await loadRecalls(flags.recalls, io), { algorithm: flags.algorithm });
    const result = screenListing(index, listing, { thresholds: resolveThresholds(flags, index.algorithm) });
    io.stdout.write(formatExplanation(listing, result, index));
  });
  return command;
}

function parseListingArgument(text: string) {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new RecallguardError('RG_ERR_BAD_INPUT', `--listing is not valid JSON: ${(error as Error).message}`);
  }
  const item = toListingItem(raw, '--listing', 1);
  if (!item.ok) throw new RecallguardError('RG_ERR_INVALID_RECORD', `--listing, field "${item.problem.field}": ${item.problem.message}`);
  return item.listing;
}
