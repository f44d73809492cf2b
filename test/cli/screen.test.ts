import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli-harness.js';

const RECALLS = 'data/demo/recalls.json';
const LISTINGS = 'data/demo/listings.ndjson';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rg-cli-'));
});

describe('recallguard screen', () => {
  it('prints one exact-shape NDJSON line per listing at review or above, best match first', async () => {
    const run = await runCli(['screen', '--recalls', RECALLS, '--listings', LISTINGS, '--format', 'ndjson']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.length).toBeGreaterThan(40);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['listingId', 'decision', 'matches']);
      expect(['block', 'review']).toContain(line.decision);
      expect(line.decision).toBe(line.matches[0].decision);
      for (const match of line.matches) {
        expect(Object.keys(match)).toEqual(['recallId', 'score', 'decision', 'features']);
        expect(match.score).toBeGreaterThanOrEqual(0);
        expect(match.score).toBeLessThanOrEqual(1);
        for (const feature of match.features) expect(Object.keys(feature)).toEqual(['name', 'score', 'detail']);
      }
      const scores = line.matches.map((match: { score: number }) => match.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
    expect(run.stderr).toMatch(/screened 204 listings/);
  });

  it('is deterministic: two runs give identical output', async () => {
    const first = await runCli(['screen', '--recalls', RECALLS, '--listings', LISTINGS, '--format', 'ndjson']);
    const second = await runCli(['screen', '--recalls', RECALLS, '--listings', LISTINGS, '--format', 'ndjson']);
    expect(second.stdout).toBe(first.stdout);
  });

  it('reads CSV listings with ";"-separated gtins and writes CSV', async () => {
    const csv = join(dir, 'listings.csv');
    await writeFile(csv, 'id,title,gtins,price\nc1,Portable charger,"000000000001;012345678905",19.99\nc2,Anker A1263 power bank,,\nc3,Wooden train set,,5\n');
    const recalls = join(dir, 'recalls.json');
    await writeFile(recalls, JSON.stringify({ format: 'recallguard.recalls/v1', recalls: [{ id: 'cpsc:t1', source: 'cpsc', title: 'Anker power bank recall', publishedAt: '2025-06-12', products: [{ name: 'Anker PowerCore 10000', brands: ['Anker'], modelNumbers: ['A1263'], gtins: ['012345678905'] }] }] }));
    const run = await runCli(['screen', '--recalls', recalls, '--listings', csv, '--format', 'csv']);
    expect(run.code).toBe(0);
    const rows = run.stdout.trim().split('\n');
    expect(rows[0]).toBe('listingId,listingDecision,recallId,score,decision,features');
    expect(rows.slice(1).map((row) => row.split(',')[0])).toEqual(['c1', 'c2']);
    expect(rows[1]).toContain('gtin_match=');
  });

  it('reads a JSON array of listings and writes a JSON document with a summary', async () => {
    const file = join(dir, 'listings.json');
    await writeFile(file, JSON.stringify([{ id: 'j1', title: 'Baseus BS-30KP365 65W power bank' }, { id: 'j2', title: 'Chef knife' }]));
    const run = await runCli(['screen', '--recalls', RECALLS, '--listings', file, '--format', 'json']);
    expect(run.code).toBe(0);
    const document = JSON.parse(run.stdout);
    expect(document.summary).toMatchObject({ screened: 2, block: 1, clear: 1, rejected: 0 });
    expect(document.results).toHaveLength(1);
    expect(document.results[0]).toMatchObject({ listingId: 'j1', decision: 'block', matches: [{ recallId: 'cpsc:25248' }] });
  });

  it('reports a bad record by record and field, keeps screening the rest, and exits 3', async () => {
    const file = join(dir, 'bad.ndjson');
    await writeFile(file, [
      JSON.stringify({ id: 'ok1', title: 'Anker A1263 power bank' }),
      '{not json',
      JSON.stringify({ id: 'no-title' }),
      JSON.stringify({ id: 'bad-gtins', title: 'x', gtins: 'not-a-list' }),
      JSON.stringify({ id: 'ok2', title: 'Baseus BS-30KP365' }),
    ].join('\n'));
    const run = await runCli(['screen', '--recalls', RECALLS, '--listings', file, '--format', 'ndjson']);
    expect(run.code).toBe(3);
    expect(run.stdout.trim().split('\n').map((line) => JSON.parse(line).listingId)).toEqual(['ok1', 'ok2']);
    expect(run.stderr).toContain('bad.ndjson record #2, field "(record)": line 2 is not valid JSON');
    expect(run.stderr).toMatch(/record no-title \(#3\), field "title"/);
    expect(run.stderr).toMatch(/record bad-gtins \(#4\), field "gtins"/);
    expect(run.stderr).toMatch(/3 rejected records/);
  });

  it('screens the CSV records before a broken quote, sums them up, then names the break (exit 3)', async () => {
    const file = join(dir, 'broken.csv');
    await writeFile(file, 'id,title,brand\nc1,Anker PowerCore 10000 A1263,Anker\nc2,Samsung 10" tablet case,Samsung\nc3,"broken "quote" here",x\nc4,Anker PowerCore 10000 A1263,Anker\n');
    const run = await runCli(['screen', '--recalls', RECALLS, '--listings', file, '--format', 'ndjson']);
    expect(run.code).toBe(3);
    expect(run.stdout.trim().split('\n').map((line) => JSON.parse(line).listingId)).toEqual(['c1']);
    expect(run.stderr).toMatch(/screened 2 listings/);
    expect(run.stderr).toMatch(/RG_ERR_BAD_INPUT: broken\.csv: CSV unreadable after line 3, the records from there on were not read: .*line 4/);
  });

  it('names a missing listings file (exit 3) and a missing recalls file (exit 3)', async () => {
    const noListings = await runCli(['screen', '--recalls', RECALLS, '--listings', join(dir, 'nope.ndjson')]);
    expect(noListings.code).toBe(3);
    expect(noListings.stderr).toMatch(/RG_ERR_FILE_NOT_FOUND: .*nope\.ndjson/);
    // checked before any recall is read: a bad recalls path too gets only the listings error
    const both = await runCli(['screen', '--recalls', join(dir, 'none.json'), '--listings', join(dir, 'nope.ndjson')]);
    expect(both.code).toBe(3);
    expect(both.stderr).toMatch(/nope\.ndjson/);
    expect(both.stderr).not.toMatch(/none\.json/);
    const folder = await runCli(['screen', '--recalls', RECALLS, '--listings', dir]);
    expect(folder.code).toBe(3);
    expect(folder.stderr).toMatch(/RG_ERR_BAD_INPUT: listings input .* is not a file/);
    const noRecalls = await runCli(['screen', '--recalls', join(dir, 'none.json'), '--listings', LISTINGS]);
    expect(noRecalls.code).toBe(3);
    expect(noRecalls.stderr).toMatch(/none\.json/);
  });

  it('rejects usage errors with exit code 2', async () => {
    expect((await runCli(['screen', '--recalls', RECALLS])).code).toBe(2);
    expect((await runCli(['screen', '--recalls', RECALLS, '--listings', LISTINGS, '--format', 'xml'])).code).toBe(2);
    expect((await runCli(['screen', '--recalls', RECALLS, '--listings', LISTINGS, '--block-threshold', '2'])).code).toBe(2);
    const inverted = await runCli(['screen', '--recalls', RECALLS, '--listings', LISTINGS, '--block-threshold', '0.3', '--review-threshold', '0.6']);
    expect(inverted.code).toBe(2);
    expect(inverted.stderr).toContain('RG_ERR_USAGE');
    expect((await runCli(['frobnicate'])).code).toBe(2);
  });

  it('prints help for every command with exit code 0', async () => {
    for (const args of [['--help'], ['screen', '--help'], ['explain', '--help'], ['recalls', '--help'], ['recalls', 'import', '--help'], ['recalls', 'sync', '--help'], ['demo', '--help']]) {
      const run = await runCli(args);
      expect(run.code, args.join(' ')).toBe(0);
      expect(run.stdout).toContain('Usage: recallguard');
    }
  });

  it('lower thresholds report more listings', async () => {
    const strict = await runCli(['screen', '--recalls', RECALLS, '--listings', LISTINGS, '--format', 'ndjson', '--review-threshold', '0.9', '--block-threshold', '0.95']);
    const loose = await runCli(['screen', '--recalls', RECALLS, '--listings', LISTINGS, '--format', 'ndjson', '--review-threshold', '0.2']);
    expect(loose.stdout.split('\n').length).toBeGreaterThan(strict.stdout.split('\n').length);
  });
});
