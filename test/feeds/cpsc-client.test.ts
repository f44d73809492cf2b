import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecallguardError } from '../../src/errors/index.js';
import { CPSC_DEFAULT_BASE_URL, CpscClient, type CpscClientOptionsInput } from '../../src/feeds/cpsc/cpsc-client.js';
import { startReplayServer, type ReplayServer } from '../support/replay-server.js';

let server: ReplayServer;
let sleeps: number[];

beforeEach(async () => {
  server = await startReplayServer();
  sleeps = [];
});
afterEach(async () => {
  await server.close();
});

/** A client with test-sized timeouts; Retry-After waits are recorded, not slept. */
function client(options: CpscClientOptionsInput = {}, now = () => Date.now()): CpscClient {
  return new CpscClient(
    { baseUrl: server.url, timeoutMs: 500, retries: 2, minBackoffMs: 5, maxBackoffMs: 20, ...options },
    {
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      now,
    },
  );
}

async function failure(promise: Promise<unknown>): Promise<RecallguardError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(RecallguardError);
  return error as RecallguardError;
}

describe('CpscClient options', () => {
  it('defaults to the public host and the documented limits', () => {
    const { options } = new CpscClient();
    expect(options).toMatchObject({ baseUrl: CPSC_DEFAULT_BASE_URL, timeoutMs: 30_000, retries: 4 });
    expect(CPSC_DEFAULT_BASE_URL).toBe('https://www.saferproducts.gov');
  });

  it('refuses invalid options with RG_ERR_INVALID_CONFIG', () => {
    expect(() => new CpscClient({ baseUrl: 'ftp://example.org' })).toThrow(
      expect.objectContaining({ code: 'RG_ERR_INVALID_CONFIG' }),
    );
    expect(() => new CpscClient({ minBackoffMs: 500, maxBackoffMs: 100 })).toThrow(/maxBackoffMs/);
  });
});

describe('CpscClient.fetchRecalls against the replay server', () => {
  it('sends GET /RestWebServices/Recall?format=json&... and returns the records', async () => {
    const records = await client({ userAgent: 'recallguard-test/1' }).fetchRecalls({ RecallNumber: '17057' });

    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ RecallID: 7938, RecallNumber: '17057', Title: expect.stringContaining('Strollers') });
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request).toMatchObject({ method: 'GET', path: '/RestWebServices/Recall' });
    expect(request?.params).toEqual([
      ['format', 'json'],
      ['RecallNumber', '17057'],
    ]);
    expect(request?.headers['user-agent']).toBe('recallguard-test/1');
    expect(request?.headers['accept']).toBe('application/json');
  });

  it('sends every date parameter as YYYY-MM-DD and encodes free text', async () => {
    server.script({ kind: 'body', body: '[]' });
    const records = await client().fetchRecalls({
      RecallDateStart: '2026-01-01',
      RecallDateEnd: '2026-08-20',
      LastPublishDateStart: '2026-08-05',
      LastPublishDateEnd: '2026-08-14',
      ProductName: 'bike & helmet',
    });

    expect(records).toEqual([]);
    expect(server.requests[0]?.params).toEqual([
      ['format', 'json'],
      ['RecallDateStart', '2026-01-01'],
      ['RecallDateEnd', '2026-08-20'],
      ['LastPublishDateStart', '2026-08-05'],
      ['LastPublishDateEnd', '2026-08-14'],
      ['ProductName', 'bike & helmet'],
    ]);
  });

  it('refuses a misspelled parameter or a badly written date without sending anything', async () => {
    const unknown = await failure(client().fetchRecalls({ product: 'HVAC' } as never));
    expect(unknown.code).toBe('RG_ERR_BAD_INPUT');
    const badDate = await failure(client().fetchRecalls({ LastPublishDateStart: '08/05/2026' }));
    expect(badDate.code).toBe('RG_ERR_BAD_INPUT');
    expect(badDate.message).toContain('LastPublishDateStart');
    expect(server.requests).toHaveLength(0);
  });

  it('retries a 503 and returns the records of the following 200, after a backoff', async () => {
    server.script({ kind: 'status', status: 503 });
    const started = performance.now();
    const records = await client({ minBackoffMs: 40, maxBackoffMs: 200 }).fetchRecalls({ RecallNumber: '17057' });

    expect(records).toHaveLength(1);
    expect(server.requests).toHaveLength(2);
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
  });

  it('gives up on repeated 500s after the configured retries with status and url', async () => {
    server.script(...Array.from({ length: 3 }, () => ({ kind: 'status', status: 500 }) as const));
    const error = await failure(client({ retries: 2 }).fetchRecalls({ RecallNumber: '17057' }));

    expect(error.code).toBe('RG_ERR_FEED_HTTP');
    expect(error.details).toMatchObject({ status: 500, attempts: 3 });
    expect(error.details['url']).toBe(`${server.url}/RestWebServices/Recall?format=json&RecallNumber=17057`);
    expect(server.requests).toHaveLength(3);
  });

  it('honours Retry-After on a 429, in seconds or as a date', async () => {
    server.script({ kind: 'status', status: 429, headers: { 'retry-after': '2' } });
    expect(await client().fetchRecalls({ RecallNumber: '17057' })).toHaveLength(1);
    expect(sleeps).toEqual([2000]);

    sleeps = [];
    const now = Date.parse('2026-08-20T10:00:00Z');
    server.script({ kind: 'status', status: 429, headers: { 'retry-after': 'Thu, 20 Aug 2026 10:00:03 GMT' } });
    expect(await client({}, () => now).fetchRecalls({ RecallNumber: '17057' })).toHaveLength(1);
    expect(sleeps).toEqual([3000]);
    expect(server.requests).toHaveLength(4);
  });

  it('does not wait out a Retry-After longer than allowed', async () => {
    server.script({ kind: 'status', status: 429, headers: { 'retry-after': '3600' } });
    const error = await failure(client({ maxRetryAfterMs: 60_000 }).fetchRecalls({ RecallNumber: '17057' }));

    expect(error.code).toBe('RG_ERR_FEED_HTTP');
    expect(error.details).toMatchObject({ status: 429, retryAfterMs: 3_600_000 });
    expect(sleeps).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it('does not retry a 404', async () => {
    server.script({ kind: 'status', status: 404, body: 'Not Found' });
    const error = await failure(client({ retries: 4 }).fetchRecalls({ RecallNumber: '17057' }));

    expect(error.code).toBe('RG_ERR_FEED_HTTP');
    expect(error.details).toMatchObject({ status: 404 });
    expect(server.requests).toHaveLength(1);
  });

  it('times out on late headers, retries, then fails with RG_ERR_FEED_TIMEOUT', async () => {
    server.script(...Array.from({ length: 3 }, () => ({ kind: 'replay', delayMs: 2_000 }) as const));
    const started = performance.now();
    const error = await failure(client({ timeoutMs: 100, retries: 2 }).fetchRecalls({ RecallNumber: '17057' }));

    expect(error.code).toBe('RG_ERR_FEED_TIMEOUT');
    expect(error.details).toMatchObject({ timeoutMs: 100, phase: 'headers', attempts: 3 });
    expect(server.requests).toHaveLength(3);
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  it('times out on a body that stalls half way', async () => {
    server.script(...Array.from({ length: 2 }, () => ({ kind: 'slow-body', afterBytes: 200, pauseMs: 2_000 }) as const));
    const error = await failure(client({ timeoutMs: 150, retries: 1 }).fetchRecalls({ RecallNumber: '17057' }));

    expect(error.code).toBe('RG_ERR_FEED_TIMEOUT');
    expect(error.details).toMatchObject({ phase: 'body', attempts: 2 });
    expect(server.requests).toHaveLength(2);
  });

  it('recovers when only the first attempt times out', async () => {
    server.script({ kind: 'replay', delayMs: 2_000 });
    expect(await client({ timeoutMs: 100 }).fetchRecalls({ RecallNumber: '17057' })).toHaveLength(1);
    expect(server.requests).toHaveLength(2);
  });

  it('reports malformed JSON once, with its position and an excerpt', async () => {
    const body = '[{"RecallID": 7938, "RecallNumber": "17057",}]';
    server.script({ kind: 'body', body });
    const error = await failure(client().fetchRecalls({ RecallNumber: '17057' }));

    expect(error.code).toBe('RG_ERR_FEED_MALFORMED');
    expect(error.details['position']).toBe(body.indexOf(',}') + 1);
    expect(error.details['excerpt']).toContain('"17057",}');
    expect(error.message).toContain(`position ${body.indexOf(',}') + 1}`);
    expect(server.requests).toHaveLength(1);
  });

  it('treats valid JSON that is not an array of records as malformed', async () => {
    server.script({ kind: 'body', body: '{"Message":"An error has occurred."}' });
    const object = await failure(client().fetchRecalls({ RecallNumber: '17057' }));
    expect(object.code).toBe('RG_ERR_FEED_MALFORMED');
    expect(object.message).toContain('an object');

    server.script({ kind: 'body', body: '[{"RecallID": 1}, "17057"]' });
    const element = await failure(client().fetchRecalls({ RecallNumber: '17057' }));
    expect(element.code).toBe('RG_ERR_FEED_MALFORMED');
    expect(element.details).toMatchObject({ index: 1 });
    expect(server.requests).toHaveLength(2);
  });

  it('reports a body that ends early as malformed, without retrying', async () => {
    server.script({ kind: 'truncate', bytes: 300, framing: 'chunked' });
    const error = await failure(client().fetchRecalls({ RecallNumber: '17057' }));

    expect(error.code).toBe('RG_ERR_FEED_MALFORMED');
    expect(error.details).toMatchObject({ position: 300, length: 300 });
    expect(server.requests).toHaveLength(1);
  });

  it('retries a connection dropped before the announced length, then reports it as malformed', async () => {
    server.script({ kind: 'truncate', bytes: 300, framing: 'content-length' });
    expect(await client().fetchRecalls({ RecallNumber: '17057' })).toHaveLength(1);
    expect(server.requests).toHaveLength(2);

    server.script(...Array.from({ length: 2 }, () => ({ kind: 'truncate', bytes: 300, framing: 'content-length' }) as const));
    const error = await failure(client({ retries: 1 }).fetchRecalls({ RecallNumber: '17057' }));
    expect(error.code).toBe('RG_ERR_FEED_MALFORMED');
    expect(error.details).toMatchObject({ reason: 'truncated', attempts: 2 });
    expect(server.requests).toHaveLength(4);
  });

  it('retries a connection reset', async () => {
    server.script({ kind: 'reset' }, { kind: 'reset' });
    expect(await client({ retries: 2 }).fetchRecalls({ RecallNumber: '17057' })).toHaveLength(1);
    expect(server.requests).toHaveLength(3);

    server.script(...Array.from({ length: 2 }, () => ({ kind: 'reset' }) as const));
    const error = await failure(client({ retries: 1 }).fetchRecalls({ RecallNumber: '17057' }));
    expect(error.code).toBe('RG_ERR_FEED_HTTP');
    expect(error.details).toMatchObject({ reason: 'network', attempts: 2 });
  });
});
