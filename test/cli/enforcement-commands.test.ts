import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../src/webhooks/index.js';
import { runCli } from '../support/cli-harness.js';

describe('the enforcement workflow from the command line', () => {
  let dir: string;
  let env: Record<string, string>;
  let receiver: Server;
  let secret = '';
  const received: string[] = [];

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rg-cli-enforce-'));
    env = { RECALLGUARD_DATA_DIR: dir };
    received.length = 0;
    receiver = createServer(async (request, response) => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const verified = verifyWebhook(secret, request.headers, Buffer.concat(chunks).toString());
      if (verified.ok) received.push((verified.payload as { type: string }).type);
      response.writeHead(verified.ok ? 204 : 401).end();
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  });

  afterEach(async () => {
    await new Promise((resolve) => receiver.close(resolve));
  });

  it('opens, delivers, confirms, blocks a re-listing, verifies the audit trail and reports', async () => {
    const ok = async (args: string[]) => {
      const run = await runCli(args, env);
      expect(run.code, `${args.join(' ')}\n${run.stderr}`).toBe(0);
      return run;
    };
    await ok(['recalls', 'import', 'data/demo/recalls.json']);
    await ok(['policy', 'set', '--source', 'cpsc', '--mode', 'auto_takedown', '--hours', '4']);
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
    secret = (await ok(['webhooks', 'endpoint', '--marketplace', 'ebay', '--url', url])).stdout.trim();
    expect(secret).toMatch(/^whsec_/);

    const listings = join(dir, 'listings.ndjson');
    await writeFile(listings, `${JSON.stringify({ id: 'e1', title: 'Anker PowerCore 10000 A1263 power bank', marketplace: 'ebay', seller: 'volt-deals' })}\n`);
    await ok(['listings', 'import', listings]);
    const cases = (await ok(['cases', 'list', '--json'])).stdout.trim().split('\n').map((line) => JSON.parse(line) as { caseId: string; status: { state: string } });
    expect(cases.map((item) => item.status.state)).toEqual(['action_requested']);

    expect((await ok(['webhooks', 'dispatch'])).stdout).toMatch(/delivered/);
    expect(received.sort()).toEqual(['takedown.notify_seller', 'takedown.remove']);

    const caseId = cases[0]?.caseId as string;
    const illegal = await runCli(['cases', 'act', 'verify', '999999'], env);
    expect(illegal.code).toBe(3);
    await ok(['cases', 'act', 'confirm_removed', caseId, '--actor', 'marketplace:ebay']);

    await writeFile(listings, `${JSON.stringify({ id: 'e2', title: 'Portable charger 10000mAh model A1263', marketplace: 'ebay', seller: 'volt-deals' })}\n`);
    await ok(['listings', 'import', listings]);
    const after = (await ok(['cases', 'list', '--json'])).stdout.trim().split('\n').map((line) => JSON.parse(line) as { relistingOf: string | null; status: { state: string } });
    expect(after.map((item) => [item.status.state, item.relistingOf])).toEqual([
      ['removed', null],
      ['action_requested', caseId],
    ]);

    const verified = await ok(['audit', 'verify']);
    expect(verified.stdout).toMatch(/audit trail intact: \d+ entries; head \d+:[0-9a-f]{64}/);

    const csv = join(dir, 'report.csv');
    await ok(['report', '--from', '2000-01-01', '--to', '2100-01-01', '--format', 'csv', '--out', csv]);
    const rows = (await readFile(csv, 'utf8')).trim().split('\n');
    expect(rows.at(-1)).toMatch(/^all recalls,2,1,0,0,1,/);
    const pdf = join(dir, 'report.pdf');
    await ok(['report', '--from', '2000-01-01', '--to', '2100-01-01', '--format', 'pdf', '--out', pdf]);
    expect((await readFile(pdf)).subarray(0, 5).toString()).toBe('%PDF-');
  }, 180_000);

  it('refuses a policy without a usable deadline, naming what is missing', async () => {
    const run = await runCli(['policy', 'set', '--source', 'eu-safety-gate', '--mode', 'review_first', '--working-days', '2', '--country', 'DE'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/deadline\.timeZone/);
  });
});
