import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverWebhook, DeliveryResult } from './deliver-webhook.js';
import { retrySchedule } from './retry-schedule.js';
import type { WebhookMessage } from './sign-webhook.js';
import { verifyWebhook, type VerifiedWebhook } from './verify-webhook.js';
import { newWebhookSecret } from './webhook-secret.js';

const secret = newWebhookSecret();

interface Received {
  readonly path: string;
  readonly verified: VerifiedWebhook;
  readonly headers: IncomingMessage['headers'];
}

/** A marketplace's receiver: verifies every request with verifyWebhook, then behaves as the path says. */
function receiver(received: Received[]): Server {
  const failuresLeft = new Map<string, number>();
  const handled = new Set<string>();
  return createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      const verified = verifyWebhook(secret, request.headers, Buffer.concat(chunks));
      received.push({ path, verified, headers: request.headers });
      respond(path, verified, request, response, failuresLeft, handled);
    });
  });
}

function respond(path: string, verified: VerifiedWebhook, request: IncomingMessage, response: ServerResponse, failuresLeft: Map<string, number>, handled: Set<string>): void {
  if (!verified.ok) {
    response.writeHead(401, { 'content-type': 'text/plain' }).end(verified.message);
    return;
  }
  switch (path) {
    case '/ok':
      response.writeHead(204).end();
      return;
    case '/fail':
      response.writeHead(500, { 'content-type': 'text/plain' }).end('database unavailable');
      return;
    case '/hang':
      return; // never answers
    case '/reset':
      request.socket.resetAndDestroy();
      return;
    case '/redirect':
      response.writeHead(302, { location: '/ok' }).end();
      return;
    case '/big':
      response.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(10_000));
      return;
    case '/stalled-body':
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.write('accepted; details follow');
      return; // the rest never comes
    case '/flaky': {
      // fails twice per message, then succeeds; acts on each webhook-id once
      const left = failuresLeft.get(verified.id) ?? 2;
      failuresLeft.set(verified.id, left - 1);
      if (left > 0) {
        response.writeHead(503).end('try later');
        return;
      }
      response.writeHead(handled.has(verified.id) ? 200 : 201).end();
      handled.add(verified.id);
      return;
    }
    default:
      response.writeHead(404).end();
  }
}

const received: Received[] = [];
let server: Server;
let base = '';

beforeAll(async () => {
  server = receiver(received);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

let counter = 0;
const message = (): WebhookMessage => {
  counter++;
  return { id: `msg_test_${counter}`, body: JSON.stringify({ type: 'listing.remove', timestamp: new Date().toISOString(), data: { listingId: `L${counter}` } }) };
};
const deliver = (path: string, sent = message(), timeoutMs = 2000) => deliverWebhook(`${base}${path}`, secret, sent, { timeoutMs });

describe('deliverWebhook against a real receiver', () => {
  it('delivers a message the receiver can verify', async () => {
    const sent = message();
    const result = await deliver('/ok', sent);
    expect(result).toMatchObject({ ok: true, status: 204, error: null, errorKind: null });
    expect(DeliveryResult.safeParse(result).success).toBe(true);
    const seen = received.at(-1);
    expect(seen?.verified).toMatchObject({ ok: true, id: sent.id, payload: JSON.parse(sent.body) });
    expect(seen?.headers['content-type']).toBe('application/json');
  });

  it('reports a receiver that cannot verify the signature (another secret)', async () => {
    const result = await deliverWebhook(`${base}/ok`, newWebhookSecret(), message(), { timeoutMs: 2000 });
    expect(result).toMatchObject({ ok: false, status: 401, errorKind: 'http-status', error: 'endpoint answered 401' });
    expect(result.responseBody).toContain('no signature matches');
  });

  it('reports a 500 with the start of its answer', async () => {
    expect(await deliver('/fail')).toMatchObject({ ok: false, status: 500, errorKind: 'http-status', responseBody: 'database unavailable' });
  });

  it('gives up on a receiver that hangs, at the timeout', async () => {
    const result = await deliver('/hang', message(), 300);
    expect(result).toMatchObject({ ok: false, status: null, errorKind: 'timeout', error: 'no answer within 300 ms' });
    expect(result.durationMs).toBeGreaterThanOrEqual(250);
    expect(result.durationMs).toBeLessThan(5000);
  });

  it('reports a reset connection', async () => {
    const result = await deliver('/reset');
    expect(result).toMatchObject({ ok: false, status: null, errorKind: 'network' });
    expect(result.error).toMatch(/fetch failed/);
  });

  it('reports a refused connection', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const result = await deliverWebhook(`http://127.0.0.1:${port}/ok`, secret, message(), { timeoutMs: 2000 });
    expect(result).toMatchObject({ ok: false, errorKind: 'network', error: 'fetch failed: ECONNREFUSED' });
  });

  it('does not follow redirects', async () => {
    const before = received.length;
    expect(await deliver('/redirect')).toMatchObject({ ok: false, status: 302, errorKind: 'http-status' });
    expect(received.slice(before).map((r) => r.path)).toEqual(['/redirect']);
  });

  it('keeps only the start of a long answer, and succeeds on a 2xx whose body stalls', async () => {
    expect((await deliver('/big')).responseBody).toHaveLength(1024);
    expect(await deliver('/stalled-body', message(), 500)).toMatchObject({ ok: true, status: 200, responseBody: 'accepted; details follow' });
  });

  it('refuses a malformed endpoint before sending', async () => {
    await expect(deliverWebhook('ftp://example.org/hook', secret, message(), { timeoutMs: 1000 })).rejects.toMatchObject({ code: 'RG_ERR_INVALID_CONFIG' });
    await expect(deliverWebhook('not a url', secret, message(), { timeoutMs: 1000 })).rejects.toMatchObject({ code: 'RG_ERR_INVALID_CONFIG' });
  });
});

describe('retries with backoff', () => {
  const policy = { baseMs: 20, maxMs: 80, jitter: 0, maxAttempts: 5 };

  /** What an outbox worker does with one message: attempt, wait, attempt again, dead-letter at the limit. */
  async function deliverWithRetries(path: string, sent: WebhookMessage): Promise<{ attempts: DeliveryResult[]; deadLettered: boolean }> {
    const attempts: DeliveryResult[] = [];
    for (let attempt = 1; attempt <= policy.maxAttempts; attempt++) {
      const result = await deliver(path, sent, 500);
      attempts.push(result);
      if (result.ok) return { attempts, deadLettered: false };
      if (attempt < policy.maxAttempts) await new Promise((resolve) => setTimeout(resolve, retrySchedule(attempt, policy)));
    }
    return { attempts, deadLettered: true };
  }

  it('succeeds on the third attempt with the same id and body each time', async () => {
    const sent = message();
    const before = received.length;
    const { attempts, deadLettered } = await deliverWithRetries('/flaky', sent);
    expect(attempts.map((a) => a.status)).toEqual([503, 503, 201]);
    expect(deadLettered).toBe(false);
    const seen = received.slice(before);
    expect(seen.map((r) => r.verified.ok && r.verified.id)).toEqual([sent.id, sent.id, sent.id]);
    // a duplicate delivery after success is recognised by its webhook-id
    expect(await deliver('/flaky', sent)).toMatchObject({ ok: true, status: 200 });
  });

  it('dead-letters after the last attempt', async () => {
    const { attempts, deadLettered } = await deliverWithRetries('/fail', message());
    expect(attempts).toHaveLength(5);
    expect(deadLettered).toBe(true);
  });
});
