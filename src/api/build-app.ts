import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { EnforcementService } from '../enforcement/index.js';
import { ScreeningService } from '../screening/index.js';
import type { Store } from '../storage/index.js';
import type { ApiContext } from './api-context.js';
import { ApiMetrics } from './api-metrics.js';
import { apiOptions, type ApiOptionsInput } from './api-options.js';
import { registerAuthentication, type ApiRouteEntry } from './authentication.js';
import { registerErrorHandling } from './error-handler.js';
import { IndexReadiness } from './index-readiness.js';
import { KeyVerifier } from './key-verifier.js';
import { registerOpenApi } from './openapi.js';
import { registerRateLimit } from './rate-limit.js';
import { cpscSyncRoute } from './routes/cpsc-sync-route.js';
import { healthRoutes, metricsRoute } from './routes/health-routes.js';
import { listingRoutes, listingUploadRoute } from './routes/listing-routes.js';
import { caseRoutes } from './routes/case-routes.js';
import { matchRoutes } from './routes/match-routes.js';
import { reportRoutes } from './routes/report-routes.js';
import { recallRoutes } from './routes/recall-routes.js';
import { screenRoute } from './routes/screen-route.js';

export interface ApiDeps {
  readonly store: Store;
  /** The enforcement workflow over `store`; one is made when absent. */
  readonly enforcement?: EnforcementService;
  /** The screening service over `store`; one feeding `enforcement` is made when absent. */
  readonly service?: ScreeningService;
  readonly options?: ApiOptionsInput;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route behind an API key, with the roles that may call it. */
    readonly apiRoutes: readonly ApiRouteEntry[];
    /** This app's Prometheus metrics. */
    readonly metrics: ApiMetrics;
    /** Verified-key cache: `clear()` it right after revoking a key to make that take effect at once. */
    readonly keyVerifier: KeyVerifier;
  }
}

/**
 * Builds the HTTP API over a store; never listens (call `listen` yourself, or `inject` in tests). The store
 * stays the caller's to close, after `app.close()`.
 * @example
 * const app = await buildApp({ store, options: { dataDir: '.recallguard' } });
 * const res = await app.inject({ method: 'GET', url: '/healthz' });
 */
export async function buildApp(deps: ApiDeps): Promise<FastifyInstance> {
  const options = apiOptions(deps.options);
  const { store } = deps;
  const enforcement = deps.enforcement ?? new EnforcementService(store);
  const service = deps.service ?? new ScreeningService(store, { listener: enforcement.listener() });
  const metrics = new ApiMetrics();
  const verifier = new KeyVerifier((key) => store.apiKeys.verify(key), { ttlMs: options.authCacheTtlMs, maxEntries: options.authCacheSize });
  const readiness = new IndexReadiness(service);
  const routes: ApiRouteEntry[] = [];
  const context: ApiContext = { store, service, enforcement, options, metrics };

  const app = Fastify({ logger: options.logger, bodyLimit: options.bodyLimit }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Bodies are JSON unless a route says otherwise: plain text is a 415, not a failed validation.
  app.removeContentTypeParser('text/plain');
  app.decorateRequest('principal', null);
  app.decorate('apiRoutes', routes);
  app.decorate('metrics', metrics);
  app.decorate('keyVerifier', verifier);
  registerErrorHandling(app);
  app.addHook('onResponse', async (request, reply) => {
    metrics.request(request.method, request.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
  });
  app.addHook('onReady', async () => void readiness.start());
  app.addHook('onClose', () => readiness.settled());

  await registerOpenApi(app);
  await app.register(healthRoutes, { ...context, readiness });
  await app.register(async (scope) => {
    registerAuthentication(scope, verifier, routes);
    if (options.rateLimit !== false) await registerRateLimit(scope, options.rateLimit);
    await scope.register(screenRoute, context);
    await scope.register(listingUploadRoute, context);
    await scope.register(listingRoutes, context);
    await scope.register(recallRoutes, context);
    await scope.register(cpscSyncRoute, context);
    await scope.register(matchRoutes, context);
    await scope.register(caseRoutes, context);
    await scope.register(reportRoutes, context);
    await scope.register(metricsRoute, context);
  });
  return app;
}
