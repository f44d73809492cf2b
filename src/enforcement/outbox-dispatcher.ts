import { RetryPolicy, deliverWebhook, retrySchedule } from '../webhooks/index.js';
import type { OutboxMessage, Store } from '../storage/index.js';

export interface DispatchOptions {
  /** Decides what is due and when to retry; signatures always carry the real time, as receivers check it. */
  readonly clock?: () => Date;
  readonly retry?: Partial<RetryPolicy>;
  /** Per-attempt timeout. */
  readonly timeoutMs?: number;
  /** Messages taken per call. */
  readonly batch?: number;
}

export interface DispatchOutcome {
  readonly messageId: string;
  readonly kind: string;
  readonly result: 'delivered' | 'retry' | 'dead';
  readonly status: number | null;
  readonly error: string | null;
  readonly attempts: number;
}

/**
 * Delivers the outbox messages that are due, each as a Standard Webhooks POST to its marketplace's endpoint.
 * A failure is retried with exponential backoff; after `maxAttempts` the message is dead-lettered, kept and
 * visible, and can be retried by hand. Each message keeps its id on every attempt, so a receiver that saw it
 * before can ignore the repeat.
 * @example const outcomes = await dispatchOutbox(store, { timeoutMs: 5_000 });
 */
export async function dispatchOutbox(store: Store, options: DispatchOptions = {}): Promise<DispatchOutcome[]> {
  const clock = options.clock ?? (() => new Date());
  const retry = RetryPolicy.parse(options.retry ?? {});
  const outcomes: DispatchOutcome[] = [];
  for (const message of await store.outbox.due(clock(), options.batch ?? 100)) {
    outcomes.push(await deliverOne(store, message, retry, clock, options.timeoutMs ?? 10_000));
  }
  return outcomes;
}

async function deliverOne(store: Store, message: OutboxMessage, retry: RetryPolicy, clock: () => Date, timeoutMs: number): Promise<DispatchOutcome> {
  const attempts = message.attempts + 1;
  const endpoint = await store.policies.webhookEndpoint(message.marketplace);
  const result = endpoint
    ? await deliverWebhook(endpoint.url, endpoint.secret, { id: message.messageId, body: JSON.stringify(message.payload) }, { timeoutMs })
    : { ok: false, status: null, error: `no webhook endpoint for marketplace "${message.marketplace}"` };
  if (result.ok) {
    await store.outbox.delivered(message.messageId, { status: result.status, error: null }, clock());
    return { messageId: message.messageId, kind: message.kind, result: 'delivered', status: result.status, error: null, attempts };
  }
  const dead = attempts >= retry.maxAttempts;
  const retryAt = dead ? undefined : new Date(clock().getTime() + retrySchedule(attempts, retry));
  await store.outbox.failed(message.messageId, { status: result.status, error: result.error }, retryAt);
  return { messageId: message.messageId, kind: message.kind, result: dead ? 'dead' : 'retry', status: result.status, error: result.error, attempts };
}
