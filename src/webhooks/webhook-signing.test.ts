import { describe, expect, it } from 'vitest';
import { retrySchedule } from './retry-schedule.js';
import { signWebhook } from './sign-webhook.js';
import { verifyWebhook, type ReceivedHeaders, type WebhookProblem } from './verify-webhook.js';
import { isWebhookSecret, newWebhookSecret } from './webhook-secret.js';

const secret = newWebhookSecret();
const body = JSON.stringify({ type: 'listing.remove', timestamp: '2026-03-02T08:00:00.000Z', data: { listingId: 'B0123', recallId: 'cpsc:26123' } });
const signed = (timestamp = new Date(), key: string | string[] = secret, text = body) => signWebhook(key, { id: 'msg_1', timestamp, body: text });

describe('webhook secrets', () => {
  it('are whsec_ and 32 random bytes, different every time', () => {
    const other = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(other).not.toBe(secret);
  });

  it.each(['', 'whsec_', 'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'whsec_abc', 'whsec_!!!!', `whsec_${Buffer.alloc(65).toString('base64')}`])('rejects %j', (text) => {
    expect(isWebhookSecret(text)).toBe(false);
    expect(() => signWebhook(text, { id: 'msg_1', timestamp: new Date(), body })).toThrow(expect.objectContaining({ code: 'RG_ERR_INVALID_CONFIG' }));
  });
});

describe('signWebhook', () => {
  it('matches the Standard Webhooks reference signature', () => {
    // the test vector published with the specification's reference libraries
    const headers = signWebhook('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', {
      id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      timestamp: new Date(1614265330 * 1000),
      body: '{"test": 2432232314}',
    });
    expect(headers).toEqual({
      'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      'webhook-timestamp': '1614265330',
      'webhook-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    });
  });

  it('refuses an id that could not be a header value', () => {
    expect(() => signWebhook(secret, { id: 'msg 1\n', timestamp: new Date(), body })).toThrow(expect.objectContaining({ code: 'RG_ERR_INVALID_RECORD' }));
  });
});

describe('verifyWebhook', () => {
  it('returns the payload, id and timestamp of a good message', () => {
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    const result = verifyWebhook(secret, signed(now), body);
    expect(result).toEqual({ ok: true, id: 'msg_1', timestamp: now, payload: JSON.parse(body) });
  });

  it('reads fetch Headers, node headers in any case, and Buffer bodies', () => {
    const headers = signed();
    expect(verifyWebhook(secret, new Headers({ ...headers }), Buffer.from(body)).ok).toBe(true);
    const shouting = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toUpperCase(), [v]]));
    expect(verifyWebhook(secret, shouting, new TextEncoder().encode(body)).ok).toBe(true);
  });

  it('accepts either secret while one is being rotated', () => {
    const next = newWebhookSecret();
    const headers = signed(new Date(), [secret, next]);
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(verifyWebhook(secret, headers, body).ok).toBe(true);
    expect(verifyWebhook(next, headers, body).ok).toBe(true);
  });

  const tenMinutes = 10 * 60 * 1000;
  type Received = readonly [key: string, headers: ReceivedHeaders, body: string];
  const refusals: readonly (readonly [string, () => Received, WebhookProblem])[] = [
    ['a changed body', () => [secret, signed(), body.replace('B0123', 'B0124')], 'invalid-signature'],
    ['another secret', () => [newWebhookSecret(), signed(), body], 'invalid-signature'],
    ['a missing signature', () => [secret, { ...signed(), 'webhook-signature': undefined }, body], 'missing-header'],
    ['a timestamp in milliseconds', () => [secret, { ...signed(), 'webhook-timestamp': String(Date.now()) }, body], 'invalid-timestamp'],
    ['a timestamp that is no number', () => [secret, { ...signed(), 'webhook-timestamp': 'yesterday' }, body], 'invalid-timestamp'],
    ['a replay ten minutes later', () => [secret, signed(new Date(Date.now() - tenMinutes)), body], 'timestamp-too-old'],
    ['a timestamp ten minutes ahead', () => [secret, signed(new Date(Date.now() + tenMinutes)), body], 'timestamp-too-new'],
    ['a signed body that is not JSON', () => [secret, signed(new Date(), secret, 'not json'), 'not json'], 'invalid-json'],
  ];
  it.each(refusals)('refuses %s', (_label, make, problem) => {
    const [key, headers, text] = make();
    const result = verifyWebhook(key, headers, text);
    expect(result).toMatchObject({ ok: false, problem });
    expect(!result.ok && result.message.length).toBeGreaterThan(10);
  });

  it('names the missing headers', () => {
    expect(verifyWebhook(secret, {}, body)).toMatchObject({ message: 'missing header webhook-id, webhook-timestamp, webhook-signature' });
  });
});

describe('retrySchedule', () => {
  const noJitter = { baseMs: 1000, maxMs: 60_000, jitter: 0 };

  it.each([
    [1, 1000],
    [2, 2000],
    [3, 4000],
    [6, 32_000],
    [7, 60_000],
    [1000, 60_000],
  ])('attempt %i waits %i ms without jitter', (attempt, ms) => {
    expect(retrySchedule(attempt, noJitter)).toBe(ms);
  });

  it('shortens each wait by up to the jitter share', () => {
    const options = { baseMs: 1000, maxMs: 60_000, jitter: 0.5 };
    expect(retrySchedule(3, options, () => 0)).toBe(4000);
    expect(retrySchedule(3, options, () => 0.5)).toBe(3000);
    expect(retrySchedule(3, options, () => 0.999_999)).toBe(2000);
    for (let i = 0; i < 100; i++) {
      const wait = retrySchedule(4, options);
      expect(wait).toBeGreaterThanOrEqual(4000);
      expect(wait).toBeLessThanOrEqual(8000);
    }
  });

  it.each([
    [0, noJitter, 'attempt'],
    [1.5, noJitter, 'attempt'],
    [1, { ...noJitter, maxMs: 10 }, 'maxMs'],
    [1, { ...noJitter, jitter: 2 }, 'jitter'],
    [1, { ...noJitter, baseMs: -1 }, 'baseMs'],
  ])('refuses attempt %s with %j', (attempt, options, field) => {
    expect(() => retrySchedule(attempt, options)).toThrow(expect.objectContaining({ code: 'RG_ERR_INVALID_CONFIG', message: expect.stringContaining(field) }));
  });
});
