import { Webhook } from 'standardwebhooks';
import { z } from 'zod';
import { checkWebhookSecret } from './webhook-secret.js';

/** How far a timestamp may be from the receiver's clock: the `standardwebhooks` library's fixed tolerance. */
export const WEBHOOK_TOLERANCE_SECONDS = 5 * 60;

/**
 * Why a received webhook was refused. Answer 400 (or 401 for a signature) and do not act on it.
 * @example WebhookProblem.options // ['missing-header', 'invalid-timestamp', …]
 */
export const WebhookProblem = z.enum(['missing-header', 'invalid-timestamp', 'timestamp-too-old', 'timestamp-too-new', 'invalid-signature', 'invalid-json']);
export type WebhookProblem = z.infer<typeof WebhookProblem>;

export type VerifiedWebhook =
  | { readonly ok: true; readonly id: string; readonly timestamp: Date; readonly payload: unknown }
  | { readonly ok: false; readonly problem: WebhookProblem; readonly message: string };

/** Request headers as fetch (`Headers`) or node:http (`IncomingHttpHeaders`) give them. */
export type ReceivedHeaders = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * For integrators: checks a received webhook against the endpoint's secret and returns the parsed JSON
 * payload, or the reason to refuse it. Pass the raw body exactly as received (before any JSON parsing).
 * The `webhook-id` is the idempotency key: the same message is retried with the same id, so act on each
 * id once. Timestamps more than 5 minutes from this machine's clock are refused (replay protection).
 * A malformed secret is a configuration error and throws `RG_ERR_INVALID_CONFIG`.
 * @example
 * // inside any HTTP handler, with the raw body as a string or Buffer:
 * const verified = verifyWebhook(process.env.RECALLGUARD_WEBHOOK_SECRET, request.headers, rawBody);
 * if (!verified.ok) return reply(400, verified.message);
 * if (alreadyHandled(verified.id)) return reply(204);
 * handle(verified.payload); // { type: 'listing.remove', timestamp, data: { … } }
 */
export function verifyWebhook(secret: string, headers: ReceivedHeaders, body: string | Uint8Array): VerifiedWebhook {
  checkWebhookSecret(secret);
  const id = header(headers, 'webhook-id');
  const timestampText = header(headers, 'webhook-timestamp');
  const signature = header(headers, 'webhook-signature');
  const missing = [['webhook-id', id], ['webhook-timestamp', timestampText], ['webhook-signature', signature]].filter(([, value]) => !value);
  if (missing.length > 0 || !id || !timestampText || !signature) {
    return refuse('missing-header', `missing header ${missing.map(([name]) => name).join(', ')}`);
  }
  if (!/^\d{1,12}$/.test(timestampText)) return refuse('invalid-timestamp', `webhook-timestamp "${timestampText.slice(0, 40)}" is not whole seconds since 1970`);
  const seconds = Number(timestampText);
  const skew = seconds - Math.floor(Date.now() / 1000);
  if (skew < -WEBHOOK_TOLERANCE_SECONDS) return refuse('timestamp-too-old', `webhook-timestamp is ${-skew} s old (at most ${WEBHOOK_TOLERANCE_SECONDS} s allowed)`);
  if (skew > WEBHOOK_TOLERANCE_SECONDS) return refuse('timestamp-too-new', `webhook-timestamp is ${skew} s in the future (at most ${WEBHOOK_TOLERANCE_SECONDS} s allowed)`);
  const text = typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  try {
    new Webhook(secret).verify(text, { 'webhook-id': id, 'webhook-timestamp': timestampText, 'webhook-signature': signature }, { jsonParse: false });
  } catch (error) {
    return refuse('invalid-signature', `no signature matches this secret (${error instanceof Error ? error.message : 'verification failed'})`);
  }
  try {
    return { ok: true, id, timestamp: new Date(seconds * 1000), payload: JSON.parse(text) as unknown };
  } catch {
    return refuse('invalid-json', 'the body is signed correctly but is not JSON');
  }
}

function header(headers: ReceivedHeaders, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name) continue;
    return typeof value === 'string' ? value : value?.join(' ');
  }
  return undefined;
}

function refuse(problem: WebhookProblem, message: string): VerifiedWebhook {
  return { ok: false, problem, message };
}
