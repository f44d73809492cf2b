import { Webhook } from 'standardwebhooks';
import { z } from 'zod';
import { RecallguardError } from '../errors/index.js';
import { checkWebhookSecret } from './webhook-secret.js';

/**
 * A webhook message as the outbox keeps it: a stable `id` (the receiver's idempotency key, the same on every
 * attempt) and the exact body bytes to send. The timestamp is the attempt's, set when it is signed.
 * @example WebhookMessage.parse({ id: 'msg_2f1c', body: '{"type":"listing.remove","timestamp":"…","data":{}}' })
 */
export const WebhookMessage = z.object({
  id: z.string().regex(/^[A-Za-z0-9_:-]{1,200}$/, 'expected 1-200 letters, digits, "_", ":" or "-"'),
  body: z.string(),
});
export type WebhookMessage = z.infer<typeof WebhookMessage>;

/** The three Standard Webhooks headers (a type literal, so it passes where a header record is expected). */
export type WebhookHeaders = {
  readonly 'webhook-id': string;
  readonly 'webhook-timestamp': string;
  readonly 'webhook-signature': string;
};

/**
 * Signs a message the Standard Webhooks way: `webhook-signature` is `v1,` and the base64 HMAC-SHA256 of
 * `id.timestamp.body` under the secret's key; `webhook-timestamp` is in whole seconds since 1970. Several
 * secrets (while rotating one) give several space-separated signatures; a receiver accepts any.
 * @example
 * signWebhook(secret, { id: 'msg_1', timestamp: new Date(), body: '{"type":"listing.remove"}' })
 * // { 'webhook-id': 'msg_1', 'webhook-timestamp': '1772438400', 'webhook-signature': 'v1,K5oZ…=' }
 */
export function signWebhook(
  secret: string | readonly string[],
  message: { readonly id: string; readonly timestamp: Date; readonly body: string },
): WebhookHeaders {
  const secrets = typeof secret === 'string' ? [secret] : secret;
  if (secrets.length === 0) throw new RecallguardError('RG_ERR_INVALID_CONFIG', 'webhook secret: at least one secret is needed to sign');
  const checked = WebhookMessage.safeParse(message);
  if (!checked.success) {
    throw new RecallguardError('RG_ERR_INVALID_RECORD', `webhook message: field "id": ${checked.error.issues[0]?.message ?? 'invalid'}`);
  }
  if (Number.isNaN(message.timestamp.getTime())) throw new RecallguardError('RG_ERR_INVALID_RECORD', 'webhook message: field "timestamp": not a valid date');
  const signatures = secrets.map((one) => {
    checkWebhookSecret(one);
    return new Webhook(one).sign(message.id, message.timestamp, message.body);
  });
  return {
    'webhook-id': message.id,
    'webhook-timestamp': String(Math.floor(message.timestamp.getTime() / 1000)),
    'webhook-signature': signatures.join(' '),
  };
}
