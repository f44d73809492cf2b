import { CommanderError, InvalidArgumentError } from 'commander';
import { isRecallguardError } from '../../src/errors/index.js';

/**
 * A commander argument parser for whole numbers of at least `min`.
 * @example new Command().option('--listings <n>', 'how many', wholeNumber(1), 100_000)
 */
export function wholeNumber(min: number): (value: string) => number {
  return (value) => {
    const parsed = Number(value.replace(/_/g, ''));
    if (!Number.isInteger(parsed) || parsed < min) throw new InvalidArgumentError(`expected a whole number >= ${min}`);
    return parsed;
  };
}

/**
 * Runs a bench script's body and turns a failure into a one-line coded message and an exit code.
 * @example await runScript(() => program.parseAsync(process.argv));
 */
export async function runScript(body: () => Promise<unknown>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    if (isRecallguardError(error)) {
      console.error(`error ${error.code}: ${error.message}`);
      process.exitCode = error.exitCode;
      return;
    }
    console.error(`error RG_ERR_INTERNAL: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  }
}
