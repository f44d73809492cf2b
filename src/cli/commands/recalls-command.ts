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

function dataDir(io: CliIo): string {
  return io.env['RECALLGUARD_DATA_DIR'] ?? '.recallguard';
}

export function recallsCommand(io: CliIo, state: CommandState): Command {
  const recalls = new Command('recalls').description('Fetch and import recalls');
  recalls
    .command('import')
    .description('Import recall files of any supported format into one recallguard-format file (idempotent: re-importing the same data changes nothing)')
    .argument('<paths...>', 'recall files or folders')
    .option('--out <file>', 'recallguard recalls file to upsert into (default: <data dir>/recalls/imported.json)')
    .action(async (paths: string[], flags: { out?: string }) => {
      const out = flags.out ?? join(dataDir(io), 'recalls', 'imported.json');
      const read = await readRecallFiles(paths);
      for (const file of read.files) io.stderr.write(`${file.path} (${file.format}): ${file.accepted} accepted, ${file.rejected} rejected\n`);
      const outcome = await upsertRecallFile(out, read.recalls);
      reportIngest(io, out, outcome, read.problems);
      state.exitCode = read.problems.length > 0 ? 3 : 0;
    });
  recalls
    .command('sync')
    .description('Fetch new and changed recalls from a live feed (incremental, with a periodic full re-sync)')
    .argument('<source>', 'feed to sync; supported: cpsc')
    .option('--since <date>', 'fetch recalls published since this date (YYYY-MM-DD) instead of the saved position')
    .option('--out <file>', 'recallguard recalls file to upsert into (default: <data dir>/recalls/cpsc.json)')
    .option('--state <file>', 'sync position file (default: <data dir>/cpsc-sync-state.json)')
    .option('--base-url <url>', 'API host (default: $RECALLGUARD_CPSC_BASE_URL or the CPSC public host)')
    .option('--timeout <ms>', 'per-request timeout in milliseconds', (value) => Number.parseInt(value, 10))
    .option('--retries <n>', 'retries after a failed request', (value) => Number.parseInt(value, 10))
    .action(async (source: string, flags: { since?: string; out?: string; state?: string; baseUrl?: string; timeout?: number; retries?: number }) => {
      if (source !== 'cpsc') throw new RecallguardError('RG_ERR_USAGE', `unknown feed "${source}"; supported: cpsc`);
      const statePath = flags.state ?? join(dataDir(io), 'cpsc-sync-state.json');
      const out = flags.out ?? join(dataDir(io), 'recalls', 'cpsc.json');
      const baseUrl = flags.baseUrl ?? io.env['RECALLGUARD_CPSC_BASE_URL'];
      const client = new CpscClient({
        ...(baseUrl ? { baseUrl } : {}),
        ...(flags.timeout !== undefined ? { timeoutMs: flags.timeout } : {}),
        ...(flags.retries !== undefined ? { retries: flags.retries, minBackoffMs: 200, maxBackoffMs: 2_000 } : {}),
      });
      const result = await syncCpsc({ client, state: await loadSyncState(statePath), now: new Date(), ...(flags.since ? { since: flags.since } : {}) });
      io.stderr.write(`cpsc: ${result.mode} sync (${result.reason}), ${result.records.length} records received\n`);
      const converted = convertSyncedRecords(cpscApiAdapter, result.records);
      const outcome = await upsertRecallFile(out, converted.recalls);
      await saveSyncState(statePath, result.nextState);
      reportIngest(io, out, outcome, converted.problems);
      state.exitCode = converted.problems.length > 0 ? 3 : 0;
    });
  return recalls;
}
