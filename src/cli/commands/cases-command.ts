import { readFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { CaseAction, CaseState } from '../../cases/index.js';
import { deadlineStatus } from '../../deadlines/index.js';
import { caseView, EnforcementService, PriorityList, SourcePolicyInput, TakedownMode } from '../../enforcement/index.js';
import { RecallguardError } from '../../errors/index.js';
import type { StoredCase } from '../../storage/index.js';
import type { CliIo } from '../cli-io.js';
import { withStore } from '../cli-store.js';

const actorOption = (): Option => new Option('--actor <name>', 'who is acting, for the audit trail').default(process.env['USER'] ? `cli:${process.env['USER']}` : 'cli');

function caseLine(item: StoredCase, now: Date): string {
  const deadline = item.closedAt ? '' : ` ${deadlineStatus(now, item.notifiedAt, item.dueAt)} (due ${item.dueAt.toISOString()})`;
  const relist = item.relistingOf ? ` re-listing of case ${item.relistingOf}` : '';
  return `case ${item.caseId}  ${item.status.state.padEnd(16)} ${item.marketplace}/${item.id} × ${item.recallId}${deadline}${relist}${item.assignee ? ` → ${item.assignee}` : ''}`;
}

/** A case action from the command line's words: `request_action --measure restrict --jurisdictions US`. */
function commandOf(action: CaseAction, flags: { reason?: string; measure?: 'remove' | 'restrict'; jurisdictions?: string }): Record<string, unknown> {
  const jurisdictions = flags.jurisdictions?.split(',').map((code) => code.trim()).filter(Boolean);
  switch (action) {
    case 'request_action':
      return { action, measure: flags.measure === 'restrict' ? { kind: 'restrict', jurisdictions } : { kind: 'remove' } };
    case 'confirm_restricted':
      return { action, jurisdictions };
    case 'dismiss':
    case 'reopen':
      return { action, reason: flags.reason };
    default:
      return { action };
  }
}

export function casesCommand(io: CliIo): Command {
  const cases = new Command('cases').description('Work takedown cases: list, act, assign, confirm review matches, escalate');
  cases
    .command('list')
    .description('List cases with their deadline status (on_track, at_risk, breached)')
    .addOption(new Option('--state <states...>', 'only these states').choices(CaseState.options))
    .option('--recall <id>', 'only this recall')
    .option('--assignee <name>', 'only this assignee')
    .option('--limit <n>', 'most cases shown', (value) => Number.parseInt(value, 10), 100)
    .option('--json', 'one JSON object per line')
    .action(async (flags: { state?: CaseState[]; recall?: string; assignee?: string; limit: number; json?: boolean }) => {
      const now = new Date();
      const list = await withStore(io, (store) =>
        store.cases.list({ limit: flags.limit, ...(flags.state ? { states: flags.state } : {}), ...(flags.recall ? { recallId: flags.recall } : {}), ...(flags.assignee ? { assignee: flags.assignee } : {}) }),
      );
      for (const item of list) io.stdout.write(`${flags.json ? JSON.stringify(caseView(item, now)) : caseLine(item, now)}\n`);
    });
  cases
    .command('act')
    .description('Apply an action to one or more cases; illegal transitions are refused with the allowed actions')
    .argument('<action>', `one of ${CaseAction.options.join(', ')}`)
    .argument('<caseIds...>', 'case ids')
    .addOption(new Option('--measure <measure>', 'for request_action').choices(['remove', 'restrict']).default('remove'))
    .option('--jurisdictions <codes>', 'for restrict: where sale is blocked, comma-separated (US,CA)')
    .option('--reason <text>', 'why (required to dismiss or reopen)')
    .addOption(actorOption())
    .action(async (action: string, caseIds: string[], flags: { measure?: 'remove' | 'restrict'; jurisdictions?: string; reason?: string; actor: string }) => {
      const parsed = CaseAction.safeParse(action);
      if (!parsed.success) throw new RecallguardError('RG_ERR_USAGE', `unknown action "${action}"; one of ${CaseAction.options.join(', ')}`);
      const command = commandOf(parsed.data, flags);
      const results = await withStore(io, (store) => new EnforcementService(store).bulk(caseIds, command, flags.actor));
      for (const result of results) io.stdout.write(result.ok ? `case ${result.caseId}: ${result.state}\n` : `case ${result.caseId}: refused: ${result.error}\n`);
      if (results.some((result) => !result.ok)) throw new RecallguardError('RG_ERR_ILLEGAL_TRANSITION', `${results.filter((result) => !result.ok).length} of ${results.length} cases refused the action`);
    });
  cases
    .command('assign')
    .description('Assign cases to a reviewer')
    .argument('<caseIds...>', 'case ids')
    .requiredOption('--to <name>', 'the reviewer')
    .addOption(actorOption())
    .action(async (caseIds: string[], flags: { to: string; actor: string }) => {
      const updated = await withStore(io, (store) => new EnforcementService(store).assign(caseIds, flags.to, flags.actor));
      io.stderr.write(`${updated.length} cases assigned to ${flags.to}\n`);
    });
  cases
    .command('confirm-match')
    .description('Confirm a review match as a recalled product: opens its case and records the decision as a labelled pair')
    .argument('<matchId>', 'the match id (from GET /v1/matches)')
    .addOption(actorOption())
    .action(async (matchId: string, flags: { actor: string }) => {
      const opened = await withStore(io, (store) => new EnforcementService(store).confirmMatch(matchId, flags.actor));
      io.stdout.write(`${caseLine(opened, new Date())}\n`);
    });
  cases
    .command('escalate')
    .description('Escalate every case past its deadline that still waits for a takedown (run it from a scheduler)')
    .addOption(actorOption())
    .action(async (flags: { actor: string }) => {
      const escalated = await withStore(io, (store) => new EnforcementService(store).escalateOverdue(flags.actor));
      for (const item of escalated) io.stdout.write(`escalated ${caseLine(item, new Date())}\n`);
      io.stderr.write(`${escalated.length} cases escalated\n`);
    });
  return cases;
}

export function policyCommand(io: CliIo): Command {
  const policy = new Command('policy').description('Enforcement policies: per recall source, and regulators\' priority lists');
  policy
    .command('set')
    .description('Set a recall source\'s takedown mode and deadline (hours, or working days in a country\'s calendar)')
    .requiredOption('--source <source>', 'recall source, e.g. cpsc or eu-safety-gate')
    .addOption(new Option('--mode <mode>', 'take down at once, or review first').choices(TakedownMode.options).makeOptionMandatory())
    .option('--hours <n>', 'deadline in elapsed hours', Number)
    .option('--working-days <n>', 'deadline in working days', Number)
    .option('--country <code>', 'for working days: whose public holidays apply (e.g. DE)')
    .option('--region <code>', 'for working days: a subdivision (e.g. BY)')
    .option('--time-zone <zone>', 'for working days: IANA time zone (e.g. Europe/Berlin)')
    .addOption(actorOption())
    .action(async (flags: { source: string; mode: string; hours?: number; workingDays?: number; country?: string; region?: string; timeZone?: string; actor: string }) => {
      const deadline =
        flags.workingDays !== undefined
          ? { kind: 'working-days', days: flags.workingDays, country: flags.country, timeZone: flags.timeZone, ...(flags.region ? { region: flags.region } : {}) }
          : { kind: 'hours', hours: flags.hours };
      const parsed = SourcePolicyInput.safeParse({ source: flags.source, mode: flags.mode, deadline });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new RecallguardError('RG_ERR_USAGE', `policy: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'} (give --hours, or --working-days with --country and --time-zone)`);
      }
      await withStore(io, (store) => new EnforcementService(store).setSourcePolicy(parsed.data, flags.actor));
      io.stderr.write(`policy for ${flags.source}: ${flags.mode}, deadline ${JSON.stringify(parsed.data.deadline)}\n`);
    });
  policy
    .command('priority')
    .description('Import a regulator\'s priority list: {"list": "...", "recalls": [{"recallId", "notifiedAt", "deadline"}]}')
    .argument('<file>', 'JSON file')
    .addOption(actorOption())
    .action(async (file: string, flags: { actor: string }) => {
      let raw: unknown;
      try {
        raw = JSON.parse(await readFile(file, 'utf8'));
      } catch (error) {
        throw new RecallguardError('RG_ERR_BAD_INPUT', `${file}: ${error instanceof Error ? error.message : String(error)}`);
      }
      const parsed = PriorityList.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new RecallguardError('RG_ERR_BAD_INPUT', `${file}: field "${issue?.path.join('.') ?? ''}": ${issue?.message ?? 'invalid'}`);
      }
      const changed = await withStore(io, (store) => new EnforcementService(store).importPriorityList(parsed.data, flags.actor));
      io.stderr.write(`${parsed.data.list}: ${parsed.data.recalls.length} recalls, ${changed} new or changed\n`);
    });
  return policy;
}
