import { writeFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { dispatchOutbox, verifyStoredTrail } from '../../enforcement/index.js';
import { RecallguardError } from '../../errors/index.js';
import { REPORT_FORMATS, reportCsv, reportHtml, reportJson, reportPdf, type ReportFormat } from '../../reports/index.js';
import { complianceReportFromStore } from '../../enforcement/index.js';
import { newWebhookSecret } from '../../webhooks/index.js';
import type { CliIo } from '../cli-io.js';
import type { CommandState } from '../command-state.js';
import { withStore } from '../cli-store.js';

function instant(value: string, name: string): Date {
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) throw new RecallguardError('RG_ERR_USAGE', `${name} must be a date or an ISO instant, got "${value}"`);
  return parsed;
}

export function webhooksCommand(io: CliIo): Command {
  const webhooks = new Command('webhooks').description('Takedown webhooks to marketplaces (Standard Webhooks, signed): endpoints and the outbox');
  webhooks
    .command('endpoint')
    .description('Set a marketplace\'s webhook endpoint; prints the new signing secret once (whsec_…)')
    .requiredOption('--marketplace <name>', 'the marketplace, as in listings\' `marketplace` field')
    .requiredOption('--url <url>', 'where takedown messages are POSTed')
    .action(async (flags: { marketplace: string; url: string }) => {
      if (!/^https?:\/\//.test(flags.url)) throw new RecallguardError('RG_ERR_USAGE', `--url must be an http(s) URL, got "${flags.url}"`);
      const secret = newWebhookSecret();
      await withStore(io, (store) => store.policies.setWebhookEndpoint(flags.marketplace, flags.url, secret));
      io.stdout.write(`${secret}\n`);
      io.stderr.write(`endpoint for ${flags.marketplace}: ${flags.url}; give the secret above to the marketplace to verify signatures\n`);
    });
  webhooks
    .command('dispatch')
    .description('Deliver the outbox messages that are due (retries with backoff; dead-letters after the last try)')
    .option('--timeout <ms>', 'per-attempt timeout', Number, 10_000)
    .action(async (flags: { timeout: number }) => {
      const outcomes = await withStore(io, (store) => dispatchOutbox(store, { timeoutMs: flags.timeout }));
      for (const outcome of outcomes) {
        io.stdout.write(`${outcome.messageId} ${outcome.kind}: ${outcome.result} after ${outcome.attempts} attempts${outcome.error ? ` (${outcome.error})` : ''}\n`);
      }
      io.stderr.write(`${outcomes.length} messages tried\n`);
    });
  webhooks
    .command('list')
    .description('List outbox messages (dead-lettered ones with --state dead)')
    .addOption(new Option('--state <state>', 'only this state').choices(['pending', 'delivered', 'dead']))
    .option('--json', 'one JSON object per line')
    .action(async (flags: { state?: 'pending' | 'delivered' | 'dead'; json?: boolean }) => {
      const messages = await withStore(io, (store) => store.outbox.list({ limit: 1_000, ...(flags.state ? { state: flags.state } : {}) }));
      for (const message of messages) {
        io.stdout.write(
          flags.json
            ? `${JSON.stringify(message)}\n`
            : `${message.messageId} case ${message.caseId} ${message.kind} ${message.state} attempts=${message.attempts}${message.lastError ? ` last error: ${message.lastError}` : ''}\n`,
        );
      }
    });
  webhooks
    .command('retry')
    .description('Put a dead-lettered message back in the queue')
    .argument('<messageId>', 'the message id (webhook-id)')
    .action(async (messageId: string) => {
      if (!(await withStore(io, (store) => store.outbox.retry(messageId, new Date())))) throw new RecallguardError('RG_ERR_NOT_FOUND', `no dead-lettered message ${messageId}`);
      io.stderr.write(`${messageId} queued again\n`);
    });
  return webhooks;
}

export function auditCommand(io: CliIo, state: CommandState): Command {
  const audit = new Command('audit').description('The hash-chained audit trail');
  audit
    .command('verify')
    .description('Check that no audit entry was edited, removed, reordered or inserted; prints the head to keep as a checkpoint')
    .option('--checkpoint <seq:hash>', 'a head printed earlier: also catches a removed tail or a rewritten trail')
    .action(async (flags: { checkpoint?: string }) => {
      const checkpoint = flags.checkpoint ? parseCheckpoint(flags.checkpoint) : undefined;
      const result = await withStore(io, (store) => verifyStoredTrail(store, checkpoint));
      if (result.ok) {
        io.stdout.write(`audit trail intact: ${result.count} entries${result.head ? `; head ${result.head.seq}:${result.head.hash}` : ''}\n`);
      } else {
        io.stdout.write(`audit trail BROKEN at entry ${result.seq} (${result.problem}): ${result.message}\n`);
        state.exitCode = 6;
      }
    });
  return audit;
}

function parseCheckpoint(text: string): { seq: number; hash: string } {
  const match = /^(\d+):([0-9a-f]{64})$/.exec(text);
  if (!match) throw new RecallguardError('RG_ERR_USAGE', '--checkpoint must be <seq>:<sha256 hex>, as `audit verify` prints it');
  return { seq: Number(match[1]), hash: match[2] as string };
}

export function reportCommand(io: CliIo): Command {
  return new Command('report')
    .description('Compliance report: per recall and period, listings found, removed, restricted, dismissed, still open; time to takedown; share within deadline; re-listings; repeat sellers')
    .requiredOption('--from <date>', 'cases created from this date/instant')
    .requiredOption('--to <date>', 'until (not including) this date/instant')
    .option('--recall <id>', 'only this recall')
    .option('--as-of <instant>', 'judge deadlines as of this instant (default: now)')
    .addOption(new Option('--format <format>', 'output format').choices(REPORT_FORMATS).default('json'))
    .option('--out <file>', 'write to a file (required for pdf)')
    .action(async (flags: { from: string; to: string; recall?: string; asOf?: string; format: ReportFormat; out?: string }) => {
      if (flags.format === 'pdf' && !flags.out) throw new RecallguardError('RG_ERR_USAGE', 'a PDF report needs --out <file>');
      const period = { from: instant(flags.from, '--from'), to: instant(flags.to, '--to') };
      const asOf = flags.asOf ? instant(flags.asOf, '--as-of') : new Date();
      const report = await withStore(io, (store) => complianceReportFromStore(store, period, asOf, flags.recall));
      const rendered = flags.format === 'pdf' ? await reportPdf(report) : { json: reportJson, csv: reportCsv, html: reportHtml }[flags.format](report);
      if (flags.out) {
        await writeFile(flags.out, rendered);
        io.stderr.write(`report written to ${flags.out}\n`);
      } else {
        io.stdout.write(rendered);
      }
    });
}
