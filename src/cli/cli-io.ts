import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Where a command writes; tests pass their own streams. */
export interface CliIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Progress bars only when a person watches stderr. */
  readonly interactive: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Stops a long-running command (`serve`) as a signal would; tests use it. */
  readonly shutdown?: AbortSignal;
}

export function processIo(): CliIo {
  // A closed pipe (`| head`) ends the run quietly instead of surfacing as an unhandled stream error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return { stdout: process.stdout, stderr: process.stderr, interactive: Boolean(process.stderr.isTTY), env: process.env };
}

/** Writes and waits for the stream to drain when its buffer is full, so huge outputs stay in bounded memory. */
export async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}
