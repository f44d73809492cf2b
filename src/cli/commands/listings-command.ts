import { Command, Option } from 'commander';
import { LISTING_FORMATS, readListingBatches, type ListingFormat } from '../../listings/index.js';
import type { CliIo } from '../cli-io.js';
import type { CommandState } from '../command-state.js';
import { ingestListingsIntoStore } from '../store-ingest.js';

export function listingsCommand(io: CliIo, state: CommandState): Command {
  const listings = new Command('listings').description('Store listings for continuous screening');
  listings
    .command('import')
    .description(
      'Upsert listings into the store by (marketplace, id) and screen the new and changed ones against the stored recalls; unchanged listings are not screened again',
    )
    .argument('<file>', 'listings as NDJSON, a JSON array, CSV or TSV; "-" reads stdin')
    .addOption(new Option('--listings-format <format>', 'listings format (default: from the file extension)').choices(LISTING_FORMATS))
    .action(async (file: string, flags: { listingsFormat?: ListingFormat }) => {
      const batches = readListingBatches(file, { format: flags.listingsFormat });
      const { rejected } = await ingestListingsIntoStore(io, file, batches);
      state.exitCode = rejected > 0 ? 3 : 0;
    });
  return listings;
}
