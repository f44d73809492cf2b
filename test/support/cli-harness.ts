import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/index.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function collector(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** Runs the CLI in-process through its public entry point, as `recallguard <args>`. */
export async function runCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  const out = collector();
  const err = collector();
  const code = await main(['node', 'recallguard', ...args], { stdout: out.stream, stderr: err.stream, interactive: false, env });
  return { code, stdout: out.text(), stderr: err.text() };
}
