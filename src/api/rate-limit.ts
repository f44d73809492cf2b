import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { RecallguardError } from '../errors/index.js';

export interface RateLimitSettings {
  readonly max: number;
  readonly windowMs: number;
}

/**
 * Limits requests per API key on every route registered in `scope` after this call. Must come after the
 * authentication hook, whose principal names the key (a request it refuses is never counted; the client
 * address is only a fallback). Over the limit is 429 `RG_ERR_RATE_LIMITED` with `Retry-After`.
 * @example await registerRateLimit(scope, { max: 600, windowMs: 60_000 });
 */
export async function registerRateLimit(scope: FastifyInstance, settings: RateLimitSettings): Promise<void> {
  await scope.register(fastifyRateLimit, {
    max: settings.max,
    timeWindow: settings.windowMs,
    keyGenerator: (request) => (request.principal ? `key:${request.principal.keyId}` : `ip:${request.ip}`),
    errorResponseBuilder: (_request, context) =>
      new RecallguardError('RG_ERR_RATE_LIMITED', `Rate limit of ${context.max} requests per ${settings.windowMs / 1000} s reached; retry in ${context.after}`),
  });
}
