import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Listing } from '../../listings/index.js';
import type { ApiContext } from '../api-context.js';
import { IngestRunView, PROBLEM_RESPONSES, WireResult, ingestRunView } from '../api-schemas.js';
import { ROLES } from '../authentication.js';

/** Most listings one pre-publication check may carry; larger batches go through `PUT /v1/listings`. */
export const MAX_SCREEN_LISTINGS = 100;

const ScreenBody = z.object({ listings: z.array(Listing).min(1).max(MAX_SCREEN_LISTINGS) });

const ScreenQuery = z.object({
  store: z.stringbool().default(false).describe('Also store the listings (as an upload would) and keep their matches'),
});

const ScreenResponse = z.object({
  results: z.array(WireResult),
  stored: IngestRunView.optional().describe('The ingest run, when ?store=true'),
});

/**
 * `POST /v1/screen`: the pre-publication check. Screens up to 100 listings against the current recalls and
 * answers one result per listing, in request order; stores nothing unless `?store=true`.
 */
export const screenRoute: FastifyPluginAsyncZod<ApiContext> = async (app, { service, metrics }) => {
  app.post(
    '/v1/screen',
    {
      config: { roles: ROLES.writers },
      schema: {
        summary: 'Screen listings before they are published',
        description: `Screens 1 to ${MAX_SCREEN_LISTINGS} listings against every current recall. One result per listing, in request order, with the matches at review level or above, best first. Nothing is stored unless ?store=true. Roles: admin, integration.`,
        tags: ['screening'],
        security: [{ bearerAuth: [] }],
        querystring: ScreenQuery,
        body: ScreenBody,
        response: { 200: ScreenResponse, ...PROBLEM_RESPONSES },
      },
    },
    async (request) => {
      const { listings } = request.body;
      const started = process.hrtime.bigint();
      const results = await service.screen(listings);
      metrics.screened(results, Number(process.hrtime.bigint() - started) / 1e9);
      if (!request.query.store) return { results };
      const outcome = await service.ingestListings('api:screen', listings, []);
      metrics.ingestedRun(outcome.run);
      return { results, stored: ingestRunView(outcome.run) };
    },
  );
};
