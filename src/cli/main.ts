import { Command, CommanderError } from 'commander';
import { ERROR_CODES, isRecallguardError } from '../errors/index.js';
import { processIo, type CliIo } from './cli-io.js';
import type { CommandState } from './command-state.js';
import { casesCommand, policyCommand } from './commands/cases-command.js';
import { demoCommand } from './commands/demo-command.js';
import { auditCommand, reportCommand, webhooksCommand } from './commands/operations-command.js';
import { explainCommand } from './commands/explain-command.js';
import { keysCommand } from './commands/keys-command.js';
import { listingsCommand } from './commands/listings-command.js';
import { recallsCommand } from './commands/recalls-command.js';
import { screenCommand } from './commands/screen-command.js';
import { serveCommand } from './commands/serve-command.js';

const VERSION = '0.1.0';

/**
 * Runs the `recallguard` command line and resolves to the exit code: 0 ok, 2 usage error, 3 bad input,
 * 4 feed unreachable, 1 internal error. Never throws.
 * @example process.exitCode = await main(process.argv);
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const state: CommandState = { exitCode: 0 };
  const program = new Command('recallguard')
    .description('Keeps recalled and unsafe products off marketplaces: screens listings against official recalls and explains every match.')
    .version(VERSION);
  for (const command of [screenCommand(io, state), explainCommand(io), recallsCommand(io, state), listingsCommand(io, state), keysCommand(io), casesCommand(io), policyCommand(io), webhooksCommand(io), auditCommand(io, state), reportCommand(io), serveCommand(io), demoCommand(io)]) {
    program.addCommand(command);
  }
  configure(program, io);
  try {
    await program.parseAsync([...argv]);
    return state.exitCode;
  } catch (error) {
    return reportError(error, io);
  }
}

function configure(command: Command, io: CliIo): void {
  command.exitOverride().configureOutput({
    writeOut: (text) => io.stdout.write(text),
    writeErr: (text) => io.stderr.write(text),
  });
  command.showHelpAfterError('(add --help for usage)');
  for (const sub of command.commands) configure(sub, io);
}

function reportError(error: unknown, io: CliIo): number {
  // The reader of our output went away (`recallguard screen … | head`): not an error of ours.
  if ((error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE') return 0;
  if (error instanceof CommanderError) {
    return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? 0 : ERROR_CODES.RG_ERR_USAGE.exitCode;
  }
  if (isRecallguardError(error)) {
    io.stderr.write(`error ${error.code}: ${error.message}\n`);
    return error.exitCode;
  }
  io.stderr.write(`error RG_ERR_INTERNAL: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return ERROR_CODES.RG_ERR_INTERNAL.exitCode;
}
