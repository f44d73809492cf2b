import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli-harness.js';
import { startReplayServer, type ReplayServer } from '../support/replay-server.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rg-recalls-'));
});

describe('recallguard recalls import', () => {
  it('imports once, and importing the same data again changes nothing', async () => {
    const out = join(dir, 'recalls.json');
    const first = await runCli(['recalls', 'import', 'data/demo/recalls.json', '--out', out]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/30 added, 0 updated, 0 unchanged, 0 rejected/);
    const written = await readFile(out, 'utf8');
    const second = await runCli(['recalls', 'import', 'data/demo/recalls.json', '--out', out]);
    expect(second.stderr).toMatch(/0 added, 0 updated, 30 unchanged, 0 rejected/);
    expect(await readFile(out, 'utf8')).toBe(written);
  });

  it('reports a bad record with its id and field, keeps the good ones, exits 3', async () => {
    const input = join(dir, 'mixed.json');
    await writeFile(input, JSON.stringify({ format: 'recallguard.recalls/v1', recalls: [
      { id: 'cpsc:1', source: 'cpsc', title: 'Good', publishedAt: '2025-01-02', products: [{ name: 'Thing' }] },
      { id: 'cpsc:2', source: 'cpsc', title: 'Bad date', publishedAt: 'yesterday', products: [{ name: 'Thing' }] },
    ] }));
    const out = join(dir, 'out.json');
    const run = await runCli(['recalls', 'import', input, '--out', out]);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/cpsc:2.*publishedAt/);
    expect(JSON.parse(await readFile(out, 'utf8')).recalls.map((recall: { id: string }) => recall.id)).toEqual(['cpsc:1']);
  });
});

describe('recallguard recalls sync cpsc (against a local replay of the API)', () => {
  let server: ReplayServer;
  beforeEach(async () => {
    server = await startReplayServer();
  });
  afterEach(async () => {
    await server.close();
  });

  it('runs a full sync first, then an incremental one from the saved position', async () => {
    const out = join(dir, 'cpsc.json');
    const state = join(dir, 'state.json');
    const env = { RECALLGUARD_CPSC_BASE_URL: server.url };
    const first = await runCli(['recalls', 'sync', 'cpsc', '--out', out, '--state', state], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/full sync \(first-sync\)/);
    const stored = JSON.parse(await readFile(out, 'utf8'));
    expect(stored.recalls.length).toBeGreaterThan(0);
    expect(stored.recalls.every((recall: { id: string }) => recall.id.startsWith('cpsc:'))).toBe(true);
    const saved = JSON.parse(await readFile(state, 'utf8'));
    expect(saved.lastPublishDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('fails with a feed error code when the API keeps failing', async () => {
    const run = await runCli(['recalls', 'sync', 'cpsc', '--out', join(dir, 'x.json'), '--state', join(dir, 's.json'), '--base-url', 'http://127.0.0.1:9', '--timeout', '200', '--retries', '1'], {});
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/RG_ERR_FEED_/);
  }, 60_000);

  it('refuses an unknown feed with a usage error', async () => {
    const run = await runCli(['recalls', 'sync', 'fda']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown feed "fda"');
  });
});
