import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { createJsonSchemaTransform, createJsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { apiSchemaRegistry } from './api-schemas.js';

/** Where Swagger UI is served; the JSON document is also at `<prefix>/json` and `/openapi.json`. */
export const DOCS_PREFIX = '/docs';

/**
 * Registers the OpenAPI 3.1 document, generated from the routes' zod schemas, and Swagger UI. Must be
 * registered before the routes it describes.
 * @example await registerOpenApi(app); await app.ready(); app.swagger().paths['/v1/screen']
 */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'recallguard API',
        description:
          'Screens marketplace listings against product recalls and explains every match. Every route under /v1 and /metrics needs `Authorization: Bearer <API key>`; errors are application/problem+json with a stable code (RG_ERR_*).',
        version: '0.1.0',
      },
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API key: rg_<id>_<secret>' } } },
      tags: [
        { name: 'screening', description: 'Pre-publication checks' },
        { name: 'listings', description: 'The stored catalogue, screened continuously' },
        { name: 'recalls', description: 'Recalls, their versions and feeds' },
        { name: 'matches', description: 'What screening found' },
        { name: 'operations', description: 'Health and metrics' },
      ],
    },
    transform: createJsonSchemaTransform({ schemaRegistry: apiSchemaRegistry }),
    transformObject: createJsonSchemaTransformObject({ schemaRegistry: apiSchemaRegistry }),
  });
  await app.register(fastifySwaggerUi, { routePrefix: DOCS_PREFIX });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
