import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecallguardError } from '../../src/errors/index.js';
import { FEED_ADAPTERS, detectFeedAdapter, readRecallDocument, readRecallFiles } from '../../src/feeds/index.js';

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'recallguard-feeds-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A made-up CPSC API record; only the fields under test vary. */
function apiRecord(number: string | undefined, date: string, title = `Acme Recalls Widgets ${number ?? ''}`): Record<string, unknown> {
  return { RecallID: Number(number ?? 0) || 1, RecallNumber: number, RecallDate: date, Title: title, Description: 'Widgets, model AW-100.', Products: [{ Name: 'Widgets' }] };
}

async function file(name: string, content: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

async function failureOf(promise: Promise<unknown>): Promise<RecallguardError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RecallguardError) return error;
    throw error;
  }
  throw new Error('expected a RecallguardError');
}

describe('detectFeedAdapter', () => {
  it.each([
    [{ format: 'recallguard.recalls/v1', recalls: [] }, 'recallguard'],
    [[{ id: 'cpsc:1', products: [] }], 'recallguard'],
    [[{ RecallNumber: '1' }], 'cpsc-api'],
    [[], 'cpsc-api'],
    [{ record: { RecallID: 1 } }, 'cpsc-api'],
    [{ built: 'x', recalls: [{ number: '1' }] }, 'cpsc-sports'],
    [[{ recall_number: '1' }], 'cpsc-usagov'],
    [{ prefix: 'https://www.cpsc.gov/Recalls/', rows: [] }, 'cpsc-compact'],
    [[{ alert_number: null, product_name: 'x', risk_type: null }], 'eu-safety-gate'],
    ['<?xml version="1.0"?><rss><channel></channel></rss>', 'cpsc-rss'],
  ])('reads %j as %s', (document, format) => {
    expect(detectFeedAdapter(document)?.format).toBe(format);
  });

  it('finds nothing for other documents, and lists every format once', () => {
    expect(detectFeedAdapter({ hello: 'world' })).toBeUndefined();
    expect(detectFeedAdapter(42)).toBeUndefined();
    const formats = FEED_ADAPTERS.map((adapter) => adapter.format);
    expect(new Set(formats).size).toBe(formats.length);
  });
});

describe('readRecallDocument', () => {
  it('skips a record without a recall number or with a non-date date, reporting record and field', () => {
    const document = [
      apiRecord('24001', '2024-01-05'),
      apiRecord(undefined, '2024-01-06'),
      apiRecord('24003', 'the sixth of January'),
      apiRecord('24004', '2024-01-07T00:00:00'),
    ];
    const result = readRecallDocument(document, 'batch.json');
    expect(result.recalls.map((recall) => recall.id)).toEqual(['cpsc:24001', 'cpsc:24004']);
    expect(result.files).toEqual([{ path: 'batch.json', format: 'cpsc-api', accepted: 2, rejected: 2 }]);
    expect(result.problems).toEqual([
      { source: 'cpsc', recordId: 'RecallID 1', field: 'RecallNumber', message: 'required: a recall number' },
      { source: 'cpsc', recordId: '24003', field: 'RecallDate', message: 'expected a date, got "the sixth of January"' },
    ]);
  });

  it('keeps the later record when an id repeats, without calling it a problem', () => {
    const result = readRecallDocument([apiRecord('24001', '2024-01-05', 'First'), apiRecord('24001', '2024-02-05', 'Second')], 'x');
    expect(result.recalls.map((recall) => [recall.id, recall.title])).toEqual([['cpsc:24001', 'Second']]);
    expect(result.problems).toEqual([]);
    expect(result.files[0]).toMatchObject({ accepted: 2, rejected: 0 });
  });

  it('is idempotent: the same document twice gives identical results', () => {
    const document = [apiRecord('24001', '2024-01-05'), apiRecord(undefined, 'x')];
    expect(readRecallDocument(document, 'a')).toEqual(readRecallDocument(structuredClone(document), 'a'));
  });

  it('names the origin and the known formats for an unknown document', () => {
    try {
      readRecallDocument({ hello: 'world' }, 'mystery.json');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RecallguardError);
      expect((error as RecallguardError).code).toBe('RG_ERR_UNKNOWN_FORMAT');
      expect((error as RecallguardError).message).toContain('mystery.json');
      for (const adapter of FEED_ADAPTERS) expect((error as RecallguardError).message).toContain(adapter.format);
    }
  });
});

describe('readRecallFiles', () => {
  it('says which path is missing', async () => {
    const missing = join(dir, 'nope.json');
    const error = await failureOf(readRecallFiles([missing]));
    expect(error.code).toBe('RG_ERR_FILE_NOT_FOUND');
    expect(error.message).toContain(missing);
  });

  it('names the file and the position of bad JSON', async () => {
    const path = await file('broken.json', '[\n  {"RecallNumber": "1",\n  }\n]');
    const error = await failureOf(readRecallFiles([path]));
    expect(error.code).toBe('RG_ERR_BAD_INPUT');
    expect(error.message).toContain(path);
    expect(error.message).toMatch(/line 3, column \d+/);
  });

  it('places a file cut short at its end', async () => {
    const path = await file('cut.json', '{"format": "recallguard.recalls/v1", "recalls": [\n');
    const error = await failureOf(readRecallFiles([path]));
    expect(error.code).toBe('RG_ERR_BAD_INPUT');
    expect(error.message).toMatch(/line 2, column 1 \(position 50\)/);
  });

  it('names the file and the known formats when no adapter reads it', async () => {
    const path = await file('other.json', { hello: 'world' });
    const error = await failureOf(readRecallFiles([path]));
    expect(error.code).toBe('RG_ERR_UNKNOWN_FORMAT');
    expect(error.message).toContain(path);
    expect(error.message).toContain('cpsc-api, cpsc-sports');
  });

  it('expands a directory to its JSON and XML files in name order, the later file winning a repeated id', async () => {
    const sub = join(dir, 'feeds');
    await rm(sub, { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(sub));
    await writeFile(join(sub, 'b.json'), JSON.stringify([apiRecord('24001', '2024-01-05', 'From b')]));
    await writeFile(join(sub, 'a.json'), JSON.stringify([apiRecord('24001', '2024-01-05', 'From a'), apiRecord('24002', '2024-01-05')]));
    await writeFile(join(sub, 'c.xml'), '<rss><channel><item><title>Acme Recalls Gadgets</title><link>https://www.cpsc.gov/Recalls/2024/Acme-Recalls-Gadgets</link><pubDate>January 9, 2024</pubDate></item></channel></rss>');
    await writeFile(join(sub, 'notes.txt'), 'not a feed');
    const result = await readRecallFiles([sub]);
    expect(result.files).toEqual([
      { path: join(sub, 'a.json'), format: 'cpsc-api', accepted: 2, rejected: 0 },
      { path: join(sub, 'b.json'), format: 'cpsc-api', accepted: 1, rejected: 0 },
      { path: join(sub, 'c.xml'), format: 'cpsc-rss', accepted: 1, rejected: 0 },
    ]);
    expect(result.recalls.map((recall) => [recall.id, recall.title])).toEqual([
      ['cpsc:24002', 'Acme Recalls Widgets 24002'],
      ['cpsc:24001', 'From b'],
      ['cpsc:2024/Acme-Recalls-Gadgets', 'Acme Recalls Gadgets'],
    ]);
  });

  it('passes a bad record on as a problem and gives the same result for the same file twice', async () => {
    const path = await file('mixed.json', [apiRecord('24001', '2024-01-05'), apiRecord('24002', '2024-13-45')]);
    const once = await readRecallFiles([path]);
    expect(once.problems).toEqual([{ source: 'cpsc', recordId: '24002', field: 'RecallDate', message: 'expected a date, got "2024-13-45"' }]);
    expect(await readRecallFiles([path])).toEqual(once);
    const twice = await readRecallFiles([path, path]);
    expect(twice.recalls).toEqual(once.recalls);
    expect(twice.files.map((f) => f.accepted)).toEqual([1, 1]);
  });
});
