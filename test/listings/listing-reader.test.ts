import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectListingFormat, readListings, type ListingReadItem } from '../../src/listings/index.js';

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

  it('gives the elements of a broken JSON array read before the break, then the error', async () => {
    const path = join(dir, 'broken-late.json');
    await writeFile(path, '[{"id":"a","title":"x"}, {"id":"b","title":"y"}, {"id": ');
    const seen: string[] = [];
    const reading = (async () => {
      for await (const item of readListings(path)) if (item.ok) seen.push(item.listing.id);
    })();
    await expect(reading).rejects.toMatchObject({ code: 'RG_ERR_BAD_INPUT', message: expect.stringContaining('broken-late.json') });
    expect(seen).toEqual(['a', 'b']);
  });

  it('keeps a quote inside an unquoted CSV cell, as spreadsheets do (inch marks in titles)', async () => {
    const path = join(dir, 'inch.csv');
    await writeFile(path, 'id,title,brand\nc1,Samsung 10" tablet case,Samsung\nc2,"Quoted, with comma",Acme\nc3,12"x8" frame,\n');
    const items = await readAll(path);
    expect(items.map((item) => (item.ok ? [item.listing.title, item.position] : item.problem.message))).toEqual([
      ['Samsung 10" tablet case', 2], ['Quoted, with comma', 3], ['12"x8" frame', 4],
    ]);
  });

  it.each([
    ['a stray quote after a closing one', 'id,title\nc1,Anker A1263\nc2,"bad "quote" here"\nc3,after\nc4,"after, too"\n', 'line 3'],
    ['a quote never closed', 'id,title\nc1,Anker A1263\nc2,"never closed\nc3,after\n', 'line 4'],
  ])('stops a CSV file broken by %s at the break, after the records before it', async (_, text, where) => {
    const path = join(dir, 'broken.csv');
    await writeFile(path, text);
    const seen: string[] = [];
    const reading = (async () => {
      for await (const item of readListings(path)) if (item.ok) seen.push(item.listing.id);
    })();
    await expect(reading).rejects.toMatchObject({
      code: 'RG_ERR_BAD_INPUT',
      message: expect.stringMatching(new RegExp(`broken\\.csv: CSV unreadable after line 2, the records from there on were not read: .*${where}`)),
    });
    expect(seen).toEqual(['c1']);
  });

  it('reads an NDJSON file that starts with a byte order mark, its first record included', async () => {
    const path = join(dir, 'bom.ndjson');
    await writeFile(path, '\ufeff{"id":"a","title":"Anker A1263"}\n{"id":"b","title":"\ufeffkept inside a value"}\n');
    const items = await readAll(path);
    expect(items.map((item) => (item.ok ? [item.listing.id, item.listing.title] : item.problem.message))).toEqual([
      ['a', 'Anker A1263'], ['b', '\ufeffkept inside a value'],
    ]);
  });

  it('reads a .tsv file with tabs between the cells, commas inside them kept', async () => {
    const path = join(dir, 'a.tsv');
    await writeFile(path, 'id\ttitle\tgtins\nt1\tKettle, 1.7 l\t012345678905;4006381333931\nt2\tAnker A1263\t\n');
    expect(detectListingFormat(path)).toBe('tsv');
    const items = await readAll(path);
    expect(items.map((item) => (item.ok ? [item.listing.id, item.listing.title, item.listing.gtins] : item.problem.message))).toEqual([
      ['t1', 'Kettle, 1.7 l', ['012345678905', '4006381333931']], ['t2', 'Anker A1263', undefined],
    ]);
  });

  it('splits CSV list columns on ";" and reads prices as numbers', async () => {
    const path = join(dir, 'a.csv');
    await writeFile(path, '\ufeffid,title,gtins,shipsTo,price,seller\n1,Power bank,012345678905; 4006381333931,US;CA,19.5,Volt\n2,,,,,\n');
    const items = await readAll(path);
    expect(items[0]).toMatchObject({ ok: true, listing: { id: '1', gtins: ['012345678905', '4006381333931'], shipsTo: ['US', 'CA'], price: 19.5, seller: 'Volt' } });
    expect(items[1]).toMatchObject({ ok: false, problem: { field: 'title' } });
  });
});
