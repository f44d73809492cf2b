import type { FastifyInstance, FastifyRequest } from 'fastify';
import { RecallguardError } from '../errors/index.js';
import type { ApiRole } from '../storage/index.js';
import type { KeyVerifier, Principal } from './key-verifier.js';

/** Which roles may call a route. */
export const ROLES = {
  /** Everything: recall imports, feed syncs, metrics. */
  admin: ['admin'],
  /** Screening and the catalogue: what a marketplace integration does. */
  writers: ['admin', 'integration'],
  /** Read-only routes, open to every role. */
  readers: ['admin', 'integration', 'reviewer', 'regulator'],
} as const satisfies Record<string, readonly ApiRole[]>;

/** A route behind an API key, with the roles that may call it. */
export interface ApiRouteEntry {
  readonly method: string;
  readonly url: string;
  readonly roles: readonly ApiRole[];
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Roles that may call the route; every route registered behind {@link registerAuthentication} must say. */
    roles?: readonly ApiRole[];
  }
  interface FastifyRequest {
    /** The caller, once its API key is verified; null on open routes. */
    principal: Principal | null;
  }
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * Puts every route registered in `scope` after this call behind `Authorization: Bearer <key>`: a missing,
 * malformed, unknown or revoked key is 401 (`RG_ERR_UNAUTHORIZED`), a role the route does not list is 403
 * (`RG_ERR_FORBIDDEN`). A route that declares no `config.roles` is refused when registered. Each route is
 * recorded in `table` (what the docs and the role tests walk).
 * @example registerAuthentication(scope, verifier, routes); scope.get('/v1/matches', { config: { roles: ROLES.readers } }, handler);
 */
export function registerAuthentication(scope: FastifyInstance, verifier: KeyVerifier, table: ApiRouteEntry[]): void {
  scope.addHook('onRoute', (route) => {
    const roles = route.config?.roles;
    if (roles === undefined || roles.length === 0) {
      throw new RecallguardError('RG_ERR_INTERNAL', `route ${String(route.method)} ${route.url} declares no roles`);
    }
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') table.push({ method, url: route.url, roles });
    }
  });
  scope.addHook('onRequest', async (request) => {
    const principal = await authenticate(request, verifier);
    const roles = request.routeOptions.config.roles ?? [];
    if (!roles.includes(principal.role)) {
      throw new RecallguardError('RG_ERR_FORBIDDEN', `A ${principal.role} key may not call ${request.method} ${request.routeOptions.url}; allowed: ${roles.join(', ')}`);
    }
    request.principal = principal;
  });
}

async function authenticate(request: FastifyRequest, verifier: KeyVerifier): Promise<Principal> {
  const header = request.headers.authorization;
  if (header === undefined || header.trim() === '') {
    throw new RecallguardError('RG_ERR_UNAUTHORIZED', 'Missing Authorization header; send "Authorization: Bearer <API key>"');
  }
  const key = BEARER.exec(header)?.[1];
  if (key === undefined) throw new RecallguardError('RG_ERR_UNAUTHORIZED', 'Malformed Authorization header; expected "Bearer <API key>"');
  const principal = await verifier.principalOf(key);
  if (!principal) throw new RecallguardError('RG_ERR_UNAUTHORIZED', 'Unknown or revoked API key');
  return principal;
}
