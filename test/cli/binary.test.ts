import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = 'bin/recallguard.js';
const built = existsSync('dist/cli/index.js');

function run(args: readonly string[], closeAfterFirstChunk = false): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (closeAfterFirstChunk) child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe.skipIf(!built)('the installed recallguard binary (dist/, built by npm install)', () => {
  it('prints its version', async () => {
    const result = await run(['--version']);
    expect(result).toMatchObject({ code: 0, stdout: '0.1.0\n' });
  });

  it('ends quietly when the reader of its output goes away (| head)', async () => {
    const listings = join(mkdtempSync(join(tmpdir(), 'rg-bin-')), 'many.ndjson');
    const line = (i: number): string => JSON.stringify({ id: `l${i}`, title: 'Anker PowerCore 10000 A1263 power bank' });
    writeFileSync(listings, Array.from({ length: 20_000 }, (_, i) => line(i)).join('\n'));
    const result = await run(['screen', '--recalls', 'data/demo/recalls.json', '--listings', listings, '--format', 'ndjson'], true);
    expect(result.stderr).not.toContain('RG_ERR_INTERNAL');
    expect(result.code).toBe(0);
  });

  it('exits 3 on bad input, naming the file', async () => {
    const result = await run(['screen', '--recalls', 'data/demo/recalls.json', '--listings', 'no-such-file.ndjson']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('RG_ERR_FILE_NOT_FOUND');
  });
});
