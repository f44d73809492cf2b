import { z } from 'zod';
import { RecallguardError } from '../errors/index.js';
import { signWebhook, type WebhookMessage } from './sign-webhook.js';

const USER_AGENT = 'recallguard-webhooks/1';
const DEFAULT_RESPONSE_BYTES = 1024;

/**
 * The outcome of one delivery attempt, JSON-ready for the outbox's attempt log. `errorKind`: `timeout` (no
 * complete answer within `timeoutMs`), `network` (refused, reset, DNS, TLS), `http-status` (an answer
 * other than 2xx; redirects are not followed and count as failures).
 * @example DeliveryResult.parse(JSON.parse(storedAttempt)).errorKind // 'timeout'
 */
export const DeliveryResult = z.object({
  ok: z.boolean(),
  status: z.number().int().nullable(),
  error: z.string().nullable(),
  errorKind: z.enum(['timeout', 'network', 'http-status']).nullable(),
  durationMs: z.number().nonnegative(),
  attemptedAt: z.iso.datetime(),
  /** The start of the receiver's answer (at most `maxResponseBytes`), to show why it refused. */
  responseBody: z.string().nullable(),
});
export type DeliveryResult = z.infer<typeof DeliveryResult>;

export interface DeliverOptions {
  readonly timeoutMs: number;
  /** Clock for the signature timestamp and `attemptedAt`. */
  readonly now?: () => Date;
  readonly maxResponseBytes?: number;
}

/**
 * POSTs one signed message to an endpoint with Node's fetch, signed at the time of the attempt. Never throws
 * for what the endpoint does (refused connection, reset, timeout, any status): the result says what happened.
 * A malformed URL, secret or message id is a configuration error and throws `RG_ERR_INVALID_CONFIG` /
 * `RG_ERR_INVALID_RECORD` before anything is sent.
 * @example
 * const result = await deliverWebhook('https://marketplace.example/hooks/recalls', secret,
 *   { id: 'msg_2f1c', body: JSON.stringify({ type: 'listing.remove', timestamp: new Date().toISOString(), data: { listingId: 'B0123' } }) },
 *   { timeoutMs: 10_000 });
 * // { ok: true, status: 204, error: null, errorKind: null, durationMs: 87.4, attemptedAt: '…', responseBody: '' }
 */
export async function deliverWebhook(
  endpointUrl: string,
  secret: string | readonly string[],
  message: WebhookMessage,
  options: DeliverOptions,
): Promise<DeliveryResult> {
  const url = checkEndpoint(endpointUrl);
  if (!(options.timeoutMs > 0)) throw new RecallguardError('RG_ERR_INVALID_CONFIG', `webhook delivery: timeoutMs must be positive, got ${options.timeoutMs}`);
  const attemptedAt = (options.now ?? (() => new Date()))();
  const headers = signWebhook(secret, { id: message.id, timestamp: attemptedAt, body: message.body });
  const started = performance.now();
  const outcome = (fields: Omit<DeliveryResult, 'durationMs' | 'attemptedAt'>): DeliveryResult => ({
    ...fields,
    durationMs: Math.round((performance.now() - started) * 10) / 10,
    attemptedAt: attemptedAt.toISOString(),
  });
  let response: Response;
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'user-agent': USER_AGENT },
      body: message.body,
      redirect: 'manual',
      signal,
    });
  } catch (error) {
    const timedOut = signal.aborted;
    return outcome({ ok: false, status: null, error: timedOut ? `no answer within ${options.timeoutMs} ms` : describe(error), errorKind: timedOut ? 'timeout' : 'network', responseBody: null });
  }
  const responseBody = await readStart(response, options.maxResponseBytes ?? DEFAULT_RESPONSE_BYTES);
  if (response.status >= 200 && response.status < 300) {
    return outcome({ ok: true, status: response.status, error: null, errorKind: null, responseBody });
  }
  return outcome({ ok: false, status: response.status, error: `endpoint answered ${response.status}`, errorKind: 'http-status', responseBody });
}

function checkEndpoint(endpointUrl: string): URL {
  let url: URL;
  try {
    url = new URL(endpointUrl);
  } catch {
    throw new RecallguardError('RG_ERR_INVALID_CONFIG', `webhook endpoint: "${endpointUrl.slice(0, 200)}" is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new RecallguardError('RG_ERR_INVALID_CONFIG', `webhook endpoint: expected an http or https URL, got ${url.protocol}`);
  }
  return url;
}

/** Reads at most `maxBytes` of the answer and drops the rest; a body that stalls or breaks gives what arrived. */
async function readStart(response: Response, maxBytes: number): Promise<string | null> {
  if (!response.body) return null;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < maxBytes) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } catch {
    // the status already decided the outcome
  } finally {
    reader.cancel().catch(() => undefined);
  }
  return Buffer.concat(chunks).subarray(0, maxBytes).toString('utf8');
}

/** `fetch failed: ECONNRESET` from undici's TypeError and its cause. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  const detail = typeof cause?.code === 'string' ? cause.code : typeof cause?.message === 'string' ? cause.message : undefined;
  return detail ? `${error.message}: ${detail}` : error.message;
}
