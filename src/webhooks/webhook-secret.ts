import { randomBytes } from 'node:crypto';
import { RecallguardError } from '../errors/index.js';

const PREFIX = 'whsec_';
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** Key sizes the Standard Webhooks specification allows for symmetric secrets. */
const MIN_KEY_BYTES = 24;
const MAX_KEY_BYTES = 64;
const NEW_KEY_BYTES = 32;

/**
 * A fresh signing secret for one endpoint: `whsec_` and 32 random bytes in base64. Show it to the
 * integrator once; store it as a secret.
 * @example newWebhookSecret() // 'whsec_3q2+7w…' (50 characters)
 */
export function newWebhookSecret(): string {
  return `${PREFIX}${randomBytes(NEW_KEY_BYTES).toString('base64')}`;
}

/**
 * Whether `secret` is `whsec_` followed by base64 of 24 to 64 bytes.
 * @example isWebhookSecret(newWebhookSecret()) // true
 */
export function isWebhookSecret(secret: unknown): secret is string {
  if (typeof secret !== 'string' || !secret.startsWith(PREFIX)) return false;
  const key = secret.slice(PREFIX.length);
  if (!BASE64.test(key)) return false;
  const bytes = Buffer.from(key, 'base64').length;
  return bytes >= MIN_KEY_BYTES && bytes <= MAX_KEY_BYTES;
}

/** Throws a coded configuration error for a malformed secret, never echoing the secret itself. */
export function checkWebhookSecret(secret: unknown): asserts secret is string {
  if (!isWebhookSecret(secret)) {
    throw new RecallguardError(
      'RG_ERR_INVALID_CONFIG',
      `webhook secret: expected "${PREFIX}" followed by base64 of ${MIN_KEY_BYTES} to ${MAX_KEY_BYTES} bytes`,
    );
  }
}
