import { Command } from 'commander';
import { join } from 'node:path';
import { readRecallFiles } from '../../feeds/index.js';
import { cpscApiAdapter } from '../../feeds/cpsc/cpsc-api-adapter.js';
import { CpscClient } from '../../feeds/cpsc/cpsc-client.js';
import { convertSyncedRecords, loadSyncState, saveSyncState, syncCpsc } from '../../feeds/cpsc/cpsc-sync.js';
import { RecallguardError } from '../../errors/index.js';
import type { CliIo } from '../cli-io.js';
import type { CommandState } from '../command-state.js';
import { reportIngest, upsertRecallFile } from '../recall-store-file.js';
import { dataDir } from '../cli-store.js';
import { ingestRecallsIntoStore } from '../store-ingest.js';

export function recallsCommand(io: CliIo, state: CommandState): Command {
  const recalls = new Command('recalls').description('Fetch and import recalls');
  recalls
    .command('import')
    .description(
      'Import recall files of any supported format into the store (new or changed recalls get a new version and are swept over the stored listings), or with --out into a recallguard-format file. Idempotent: re-importing the same data changes nothing',
    )
    .argument('<paths...>', 'recall files or folders')
    .option('--out <file>', 'upsert into this recallguard recalls file instead of the store')
    .action(async (paths: string[], flags: { out?: string }) => {
      const read = await readRecallFiles(paths);
      for (const file of read.files) io.stderr.write(`${file.path} (${file.format}): ${file.accepted} accepted, ${file.rejected} rejected\n`);
      if (flags.out) reportIngest(io, flags.out, await upsertRecallFile(flags.out, read.recalls), read.problems);
      else await ingestRecallsIntoStore(io, paths.join(', '), read.recalls, read.problems);
      state.exitCode = read.problems.length > 0 ? 3 : 0;
    });
  recalls
    .command('sync')
    .description('Fetch new and changed recalls from a live feed (incremental, with a periodic full re-sync)')
    .argument('<source>', 'feed to sync; supported: cpsc')
    .option('--since <date>', 'fetch recalls published since this date (YYYY-MM-DD) instead of the saved position')
    .option('--out <file>', 'upsert into this recallguard recalls file instead of the store')
    .option('--state <file>', 'sync position file (default: <data dir>/cpsc-sync-state.json)')
    .option('--base-url <url>', 'API host (default: $RECALLGUARD_CPSC_BASE_URL or the CPSC public host)')
    .option('--timeout <ms>', 'per-request timeout in milliseconds', (value) => Number.parseInt(value, 10))
    .option('--retries <n>', 'retries after a failed request', (value) => Number.parseInt(value, 10))
    .action(async (source: string, flags: { since?: string; out?: string; state?: string; baseUrl?: string; timeout?: number; retries?: number }) => {
      if (source !== 'cpsc') throw new RecallguardError('RG_ERR_USAGE', `unknown feed "${source}"; supported: cpsc`);
      const statePath = flags.state ?? join(dataDir(io), 'cpsc-sync-state.json');
      const baseUrl = flags.baseUrl ?? io.env['RECALLGUARD_CPSC_BASE_URL'];
      const client = new CpscClient({
        ...(baseUrl ? { baseUrl } : {}),
        ...(flags.timeout !== undefined ? { timeoutMs: flags.timeout } : {}),
        ...(flags.retries !== undefined ? { retries: flags.retries, minBackoffMs: 200, maxBackoffMs: 2_000 } : {}),
      });
      const result = await syncCpsc({ client, state: await loadSyncState(statePath), now: new Date(), ...(flags.since ? { since: flags.since } : {}) });
      io.stderr.write(`cpsc: ${result.mode} sync (${result.reason}), ${result.records.length} records received\n`);
      const converted = convertSyncedRecords(cpscApiAdapter, result.records);
      if (flags.out) reportIngest(io, flags.out, await upsertRecallFile(flags.out, converted.recalls), converted.problems);
      else await ingestRecallsIntoStore(io, 'cpsc sync', converted.recalls, converted.problems);
      await saveSyncState(statePath, result.nextState);
      state.exitCode = converted.problems.length > 0 ? 3 : 0;
    });
  return recalls;
}
