import { once } from 'node:events';
import { Command } from 'commander';
import { buildApp } from '../../api/index.js';
import { RecallguardError } from '../../errors/index.js';
import { EnforcementService, startEnforcementLoop } from '../../enforcement/index.js';
import { ScreeningService } from '../../screening/index.js';
import type { CliIo } from '../cli-io.js';
import { dataDir, describeStore, holdStore } from '../cli-store.js';

interface ServeFlags {
  port: number;
  host: string;
  log?: boolean;
  enforcementInterval: number;
}

function seconds(value: string): number {
  const parsed = Number(value);
  if (!(parsed > 0 && parsed <= 86_400)) throw new RecallguardError('RG_ERR_USAGE', `--enforcement-interval must be 1-86400 seconds, got "${value}"`);
  return parsed;
}

function port(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65_535) throw new RecallguardError('RG_ERR_USAGE', `--port must be 0-65535, got "${value}"`);
  return parsed;
}

/** Resolves when the process is asked to stop (Ctrl-C, SIGTERM) or, in tests, when `io.shutdown` aborts. */
function stopRequested(io: CliIo): Promise<string> {
  const signals = io.shutdown ? [once(io.shutdown, 'abort').then(() => 'shutdown')] : [];
  return Promise.race([...signals, once(process, 'SIGINT').then(() => 'SIGINT'), once(process, 'SIGTERM').then(() => 'SIGTERM')]);
}

export function serveCommand(io: CliIo): Command {
  return new Command('serve')
    .description('Run the HTTP API (docs at /docs) over the store: PGlite under the data folder, or the server in $DATABASE_URL')
    .option('--port <port>', 'TCP port; 0 picks a free one', port, 8080)
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--log', 'log every request (JSON lines on stdout)')
    .option('--enforcement-interval <seconds>', 'how often takedown webhooks are delivered and overdue cases escalated', seconds, 15)
    .action(async (flags: ServeFlags) => {
      const held = await holdStore(io);
      try {
        const enforcement = new EnforcementService(held.store);
        const service = new ScreeningService(held.store, { listener: enforcement.listener() });
        const cpscBaseUrl = io.env['RECALLGUARD_CPSC_BASE_URL'];
        const app = await buildApp({
          store: held.store,
          service,
          enforcement,
          options: { dataDir: dataDir(io), logger: flags.log ?? false, cpsc: cpscBaseUrl ? { baseUrl: cpscBaseUrl } : {} },
        });
        const address = await app.listen({ port: flags.port, host: flags.host });
        io.stderr.write(`recallguard API listening on ${address} (docs at ${address}/docs), store: ${describeStore(held.location)}\n`);
        // A sweep a crash cut short goes on in the background; screening does not wait for it.
        const stopSweeps = new AbortController();
        const resumed = service.resumeSweeps({ signal: stopSweeps.signal }).then(
          (sweeps) => {
            for (const sweep of sweeps) {
              io.stderr.write(`${sweep.done ? 'finished' : 'paused'} sweep of ${sweep.recallId}: ${sweep.scanned} of ${sweep.total} listings, ${sweep.matched} matches\n`);
            }
          },
          (error: unknown) => void io.stderr.write(`resuming sweeps failed: ${error instanceof Error ? error.message : String(error)}\n`),
        );
        const loop = startEnforcementLoop(held.store, enforcement, {
          intervalMs: flags.enforcementInterval * 1000,
          onError: (error) => void io.stderr.write(`enforcement round failed: ${error instanceof Error ? error.message : String(error)}\n`),
        });
        const reason = await stopRequested(io);
        io.stderr.write(`stopping (${reason})…\n`);
        await loop.stop();
        stopSweeps.abort();
        await app.close();
        await resumed;
      } finally {
        await held.release();
      }
    });
}
