import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io.js';
import { holdStore, withStore } from '../../src/cli/cli-store.js';
import { createDatabase } from '../../src/storage/index.js';
import { runCli } from '../support/cli-harness.js';
import { startReplayServer } from '../support/replay-server.js';

const databaseUrl = process.env.DATABASE_URL;

/** The engines the CLI can use: embedded PGlite in a temporary folder, and the server when DATABASE_URL is set. */
const ENGINES: readonly { readonly name: string; env(dir: string): Record<string, string>; cleanUp(env: Record<string, string>): Promise<void> }[] = [
  { name: 'pglite', env: (dir) => ({ RECALLGUARD_DATA_DIR: dir }), cleanUp: async () => undefined },
  ...(databaseUrl
    ? [
        {
          name: 'postgres',
          env: (dir: string) => ({ RECALLGUARD_DATA_DIR: dir, DATABASE_URL: databaseUrl, RECALLGUARD_DATABASE_SCHEMA: `rg_cli_${randomBytes(5).toString('hex')}` }),
          async cleanUp(env: Record<string, string>) {
            const db = createDatabase({ url: databaseUrl });
            await sql`drop schema if exists ${sql.id(env['RECALLGUARD_DATABASE_SCHEMA'] as string)} cascade`.execute(db);
            await db.destroy();
          },
        },
      ]
    : []),
];

const io = (env: Record<string, string>): CliIo => ({ stdout: process.stdout, stderr: process.stderr, interactive: false, env });

describe.each(ENGINES)('store commands on $name', (engine) => {
  let env: Record<string, string>;

  beforeEach(async () => {
    env = engine.env(await mkdtemp(join(tmpdir(), 'rg-cli-store-')));
  });

  afterEach(async () => {
    await engine.cleanUp(env);
  });

  it('imports recalls and listings into the store, screening new listings once, and sweeps a later recall', async () => {
    const recalls = await runCli(['recalls', 'import', 'data/demo/recalls.json'], env);
    expect(recalls.code, recalls.stderr).toBe(0);
    expect(recalls.stderr).toMatch(/ingest run \d+ \(recalls from data\/demo\/recalls.json\): 30 added, 0 changed, 0 unchanged, 0 rejected/);

    const listings = await runCli(['listings', 'import', 'data/demo/listings.ndjson'], env);
    expect(listings.code, listings.stderr).toBe(0);
    expect(listings.stderr).toMatch(/204 added, 0 changed, 0 unchanged, 0 rejected/);
    expect(listings.stderr).toMatch(/screened 204 new or changed listings: 63 match a recall/);

    const again = await runCli(['listings', 'import', 'data/demo/listings.ndjson'], env);
    expect(again.stderr).toMatch(/0 added, 0 changed, 204 unchanged, 0 rejected/);
    expect(again.stderr).toMatch(/screened 0 new or changed listings/);

    const unchanged = await runCli(['recalls', 'import', 'data/demo/recalls.json'], env);
    expect(unchanged.stderr).toMatch(/0 added, 0 changed, 30 unchanged/);
    expect(unchanged.stderr).not.toMatch(/swept/);

    const active = await withStore(io(env), (store) => store.matches.list({ status: 'active', limit: 1000 }));
    expect(new Set(active.map((match) => match.id)).size).toBe(63);
  }, 120_000);

  it('stores the good listings of a file with bad records, lists each rejected one, exits 3', async () => {
    const file = join(env['RECALLGUARD_DATA_DIR'] as string, 'mixed.ndjson');
    await writeFile(file, ['{"id":"a","title":"Kettle"}', '{"id":"b"}', 'not json', '{"id":"c","title":"Lamp","price":-2}'].join('\n'));
    const run = await runCli(['listings', 'import', file], env);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/1 added, 0 changed, 0 unchanged, 3 rejected/);
    expect(run.stderr).toMatch(/record b \(#2\), field "title"/);
    expect(run.stderr).toMatch(/record c \(#4\), field "price"/);
  }, 120_000);

  it('keeps the listings of a CSV file read before a broken quote, says how many, then names the break (exit 3)', async () => {
    const file = join(env['RECALLGUARD_DATA_DIR'] as string, 'broken.csv');
    await writeFile(file, 'id,title,marketplace\nu1,Kettle,shop\nu2,Samsung 10" tablet case,shop\nu3,"never closed,shop\nu4,Lamp,shop\n');
    const run = await runCli(['listings', 'import', file], env);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/ingest run \d+ \(listings from .*broken\.csv\): 2 added, 0 changed, 0 unchanged, 0 rejected/);
    expect(run.stderr).toMatch(/RG_ERR_BAD_INPUT: broken\.csv: CSV unreadable after line 3/);
    const again = await runCli(['listings', 'import', file], env);
    expect(again.stderr).toMatch(/0 added, 0 changed, 2 unchanged, 0 rejected/);
  }, 120_000);

  it('creates API keys that verify, lists them without the secret, and revokes them', async () => {
    const created = await runCli(['keys', 'create', '--role', 'regulator', '--label', 'CPSC e-surveillance', '--json'], env);
    expect(created.code, created.stderr).toBe(0);
    const key = JSON.parse(created.stdout) as { id: string; key: string; role: string };
    expect(key).toEqual({ id: expect.stringMatching(/^[0-9a-f]{12}$/), key: expect.stringMatching(/^rg_/), role: 'regulator' });
    expect(await withStore(io(env), (store) => store.apiKeys.verify(key.key))).toEqual({ id: key.id, role: 'regulator' });

    const listed = await runCli(['keys', 'list', '--json'], env);
    expect(listed.stdout).not.toContain(key.key);
    expect(JSON.parse(listed.stdout)).toMatchObject({ id: key.id, role: 'regulator', label: 'CPSC e-surveillance', revokedAt: null });

    expect((await runCli(['keys', 'revoke', key.id], env)).code).toBe(0);
    expect(await withStore(io(env), (store) => store.apiKeys.verify(key.key))).toBeUndefined();
    const again = await runCli(['keys', 'revoke', key.id], env);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`no active API key with id "${key.id}"`);
  }, 120_000);

  it('syncs the CPSC feed into the store; the incremental sync stores the edited recall as a new version', async () => {
    const server = await startReplayServer();
    try {
      const syncEnv = { ...env, RECALLGUARD_CPSC_BASE_URL: server.url };
      const first = await runCli(['recalls', 'sync', 'cpsc'], syncEnv);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stderr).toMatch(/recalls from cpsc sync\): [1-9]\d* added/);
      const stored = await withStore(io(env), (store) => store.recalls.count());
      const second = await runCli(['recalls', 'sync', 'cpsc'], syncEnv);
      expect(second.stderr).toMatch(/incremental sync/);
      expect(second.stderr).toMatch(/: 0 added, 1 changed, 0 unchanged, 0 rejected/);
      const versions = await withStore(io(env), async (store) => {
        const rows = await store.db.selectFrom('recallVersion').select(['recallId', 'version']).where('version', '>', 1).execute();
        return { count: await store.recalls.count(), rows };
      });
      expect(versions.count).toBe(stored);
      expect(versions.rows).toHaveLength(1);
    } finally {
      await server.close();
    }
  }, 120_000);

  it('refuses an unknown role with a usage error', async () => {
    const run = await runCli(['keys', 'create', '--role', 'owner'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Allowed choices are admin, integration, reviewer, regulator');
  });
});

describe('the embedded store folder', () => {
  it('is held by one process at a time: a second opener gets RG_ERR_STORE_BUSY', async () => {
    const env = { RECALLGUARD_DATA_DIR: await mkdtemp(join(tmpdir(), 'rg-cli-lock-')) };
    const held = await holdStore(io(env));
    try {
      const run = await runCli(['keys', 'list'], env);
      expect(run.code).toBe(5);
      expect(run.stderr).toMatch(/RG_ERR_STORE_BUSY: The database in .* is in use by another recallguard process/);
    } finally {
      await held.release();
    }
    expect((await runCli(['keys', 'list'], env)).code).toBe(0);
  }, 120_000);
});
