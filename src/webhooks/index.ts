export { deliverWebhook, DeliveryResult, type DeliverOptions } from './deliver-webhook.js';
export { RetryPolicy, retrySchedule } from './retry-schedule.js';
export { signWebhook, WebhookMessage, type WebhookHeaders } from './sign-webhook.js';
export { verifyWebhook, WEBHOOK_TOLERANCE_SECONDS, WebhookProblem, type ReceivedHeaders, type VerifiedWebhook } from './verify-webhook.js';
export { checkWebhookSecret, isWebhookSecret, newWebhookSecret } from './webhook-secret.js';
