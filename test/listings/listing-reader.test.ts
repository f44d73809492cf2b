import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readListings, type ListingReadItem } from '../../src/listings/index.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rg-reader-'));
});

async function readAll(path: string): Promise<ListingReadItem[]> {
  const items: ListingReadItem[] = [];
  for await (const item of readListings(path)) items.push(item);
  return items;
}

describe('readListings', () => {
  it('reads NDJSON with CRLF endings, blank lines and no final newline, keeping line positions', async () => {
    const path = join(dir, 'a.ndjson');
    await writeFile(path, '{"id":"a","title":"x"}\r\n\r\n{"id":"b","title":"y","extra":{"kept":true}}');
    const items = await readAll(path);
    expect(items.map((item) => [item.ok, item.position])).toEqual([[true, 1], [true, 3]]);
    expect(items[1]).toMatchObject({ ok: true, listing: { id: 'b', extra: { kept: true } } });
  });

  it('keeps multi-byte characters whole across read chunks of a large file', async () => {
    const path = join(dir, 'big.ndjson');
    const title = '安克充电宝 Ａ１２６３ '.repeat(40);
    const lines = Array.from({ length: 5_000 }, (_, i) => JSON.stringify({ id: `l${i}`, title }));
    await writeFile(path, `${lines.join('\n')}\n`);
    const items = await readAll(path);
    expect(items).toHaveLength(5_000);
    expect(items.every((item) => item.ok && item.listing.title === title)).toBe(true);
  });

  it('streams a JSON array and reports its bad elements by position', async () => {
    const path = join(dir, 'a.json');
    await writeFile(path, JSON.stringify([{ id: 'a', title: 'x' }, { id: 'b' }, 'nonsense']));
    const items = await readAll(path);
    expect(items.map((item) => (item.ok ? item.listing.id : `${item.problem.recordId}:${item.problem.field}`))).toEqual([
      'a', 'b (#2):title', '#3:(record)',
    ]);
  });

  it('turns a broken JSON array into a clear error naming the file', async () => {
    const path = join(dir, 'broken.json');
    await writeFile(path, '[{"id":"a","title":"x"}, {"id": ');
    await expect(readAll(path)).rejects.toMatchObject({ code: 'RG_ERR_BAD_INPUT', message: expect.stringContaining('broken.json') });
  });

  it('splits CSV list columns on ";" and reads prices as numbers', async () => {
    const path = join(dir, 'a.csv');
    await writeFile(path, '\ufeffid,title,gtins,shipsTo,price,seller\n1,Power bank,012345678905; 4006381333931,US;CA,19.5,Volt\n2,,,,,\n');
    const items = await readAll(path);
    expect(items[0]).toMatchObject({ ok: true, listing: { id: '1', gtins: ['012345678905', '4006381333931'], shipsTo: ['US', 'CA'], price: 19.5, seller: 'Volt' } });
    expect(items[1]).toMatchObject({ ok: false, problem: { field: 'title' } });
  });
});
