import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/index.js';
import { runCli } from '../support/cli-harness.js';

/** Starts `recallguard serve --port 0` in-process and resolves with its address once it listens. */
async function startServe(env: Record<string, string>) {
  const stderr = new PassThrough();
  let text = '';
  const listening = new Promise<string>((resolve) => {
    stderr.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const address = /listening on (http:\/\/\S+)/.exec(text)?.[1];
      if (address) resolve(address);
    });
  });
  const shutdown = new AbortController();
  const exit = main(['node', 'recallguard', 'serve', '--port', '0'], { stdout: new PassThrough(), stderr, interactive: false, env, shutdown: shutdown.signal });
  const address = await Promise.race([listening, exit.then((code) => Promise.reject(new Error(`serve exited ${code}: ${text}`)))]);
  return { address, stop: async () => (shutdown.abort(), exit), log: () => text };
}

describe('recallguard serve', () => {
  it('serves the API over the stored recalls with a key made by `keys create`, and stops cleanly', async () => {
    const env = { RECALLGUARD_DATA_DIR: await mkdtemp(join(tmpdir(), 'rg-serve-')) };
    expect((await runCli(['recalls', 'import', 'data/demo/recalls.json'], env)).code).toBe(0);
    const { key } = JSON.parse((await runCli(['keys', 'create', '--role', 'integration', '--json'], env)).stdout) as { key: string };

    const server = await startServe(env);
    try {
      expect((await fetch(`${server.address}/healthz`)).status).toBe(200);
      const body = JSON.stringify({ listings: [{ id: 'l1', title: 'Anker PowerCore 10000 A1263 power bank' }] });
      const unauthorised = await fetch(`${server.address}/v1/screen`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
      expect(unauthorised.status).toBe(401);
      const screened = await fetch(`${server.address}/v1/screen`, { method: 'POST', body, headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` } });
      expect(screened.status).toBe(200);
      expect(await screened.json()).toMatchObject({ results: [{ listingId: 'l1', decision: 'block', matches: [{ recallId: 'cpsc:25338' }] }] });
      const busy = await runCli(['keys', 'list'], env);
      expect(busy.code).toBe(5);
    } finally {
      expect(await server.stop()).toBe(0);
    }
    expect(server.log()).toMatch(/stopping \(shutdown\)/);
    expect((await runCli(['keys', 'list'], env)).code).toBe(0);
  }, 120_000);

  it('refuses a port out of range', async () => {
    const run = await runCli(['serve', '--port', '70000']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--port must be 0-65535');
  });
});
