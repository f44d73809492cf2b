import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RecallguardError } from '../../errors/index.js';
import { MatchDecision } from '../../matching/index.js';
import type { ApiContext } from '../api-context.js';
import { MatchView, PROBLEM_RESPONSES, matchView } from '../api-schemas.js';
import { ROLES } from '../authentication.js';
import { decodeCursor, pageOf } from '../page-cursor.js';

const MatchQuery = z.object({
  decision: MatchDecision.optional(),
  status: z.enum(['active', 'withdrawn']).optional(),
  recall: z.string().min(1).optional().describe('Only matches of this recall id'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().optional().describe('The "next" of the previous page'),
});

const MatchPage = z.object({ items: z.array(MatchView), next: z.string().nullable() });

/** `GET /v1/matches`: stored matches, oldest first, a page at a time. */
export const matchRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { store }) => {
  app.get(
    '/v1/matches',
    {
      config: { roles: ROLES.readers },
      schema: {
        summary: 'List matches',
        description: 'Matches found by uploads, screens stored with ?store=true and recall sweeps, in the order they were first found. Pass "next" back as "cursor" for the following page. Roles: all.',
        tags: ['matches'],
        security: [{ bearerAuth: [] }],
        querystring: MatchQuery,
        response: { 200: MatchPage, ...PROBLEM_RESPONSES },
      },
    },
    async (request) => {
      const { decision, status, recall, limit, cursor } = request.query;
      const after = cursor === undefined ? undefined : decodeCursor('matches', cursor);
      if (after !== undefined && !/^\d{1,18}$/.test(after)) {
        throw new RecallguardError('RG_ERR_INVALID_REQUEST', 'cursor does not name a match', {
          details: { errors: [{ in: 'querystring', field: 'cursor', message: 'not a cursor this API issued' }] },
        });
      }
      const rows = await store.matches.list({
        limit: limit + 1,
        ...(decision ? { decision } : {}),
        ...(status ? { status } : {}),
        ...(recall ? { recallId: recall } : {}),
        ...(after ? { after } : {}),
      });
      const page = pageOf('matches', rows, limit, (match) => match.matchId);
      return { items: page.items.map(matchView), next: page.next };
    },
  );
};
