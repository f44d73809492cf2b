import { z } from 'zod';
import { RecallguardError } from '../errors/index.js';

/**
 * Exponential backoff: the wait before retry `attempt` (1 = the first retry) is `baseMs * 2^(attempt-1)`,
 * capped at `maxMs`, then reduced by up to `jitter` of itself at random so many failed deliveries do not
 * retry in lockstep. `maxAttempts` is where the outbox stops and dead-letters the message.
 * @example RetryPolicy.parse({}) // { baseMs: 30000, maxMs: 3600000, jitter: 0.2, maxAttempts: 10 }
 */
export const RetryPolicy = z
  .object({
    baseMs: z.number().int().positive().default(30_000),
    maxMs: z.number().int().positive().default(3_600_000),
    jitter: z.number().min(0).max(1).default(0.2),
    maxAttempts: z.number().int().positive().default(10),
  })
  .refine((policy) => policy.maxMs >= policy.baseMs, { path: ['maxMs'], message: 'maxMs must be at least baseMs' });
export type RetryPolicy = z.infer<typeof RetryPolicy>;

/**
 * Milliseconds to wait before retry number `attempt` (1-based). `random` returns [0, 1); inject it in tests.
 * With the defaults: about 30 s, 1 min, 2 min, 4 min, … up to 1 h, each up to 20 % shorter.
 * @example
 * retrySchedule(1, { baseMs: 1000, maxMs: 60_000, jitter: 0 }) // 1000
 * retrySchedule(3, { baseMs: 1000, maxMs: 60_000, jitter: 0 }) // 4000
 * retrySchedule(30, { baseMs: 1000, maxMs: 60_000, jitter: 0 }) // 60000
 */
export function retrySchedule(
  attempt: number,
  options: Pick<RetryPolicy, 'baseMs' | 'maxMs' | 'jitter'>,
  random: () => number = Math.random,
): number {
  if (!Number.isInteger(attempt) || attempt < 1) {
    throw new RecallguardError('RG_ERR_INVALID_CONFIG', `retry schedule: attempt must be a whole number from 1, got ${attempt}`);
  }
  const checked = RetryPolicy.safeParse(options);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new RecallguardError('RG_ERR_INVALID_CONFIG', `retry schedule: field "${issue?.path.join('.') ?? ''}": ${issue?.message ?? 'invalid'}`);
  }
  const { baseMs, maxMs, jitter } = checked.data;
  // 2^31 already passes any sane cap; stopping there keeps the product finite
  const capped = Math.min(maxMs, baseMs * 2 ** Math.min(attempt - 1, 31));
  return Math.round(capped * (1 - jitter * random()));
}
