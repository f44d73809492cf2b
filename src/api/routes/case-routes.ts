import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CaseCommand, CaseState } from '../../cases/index.js';
import { CaseView, caseView } from '../../enforcement/index.js';
import { RecallguardError } from '../../errors/index.js';
import type { ApiContext } from '../api-context.js';
import { PROBLEM_RESPONSES } from '../api-schemas.js';
import { ROLES } from '../authentication.js';
import type { Principal } from '../key-verifier.js';
import { decodeCursor, pageOf } from '../page-cursor.js';

const isoInstant = z.iso.datetime();

const CaseQuery = z.object({
  state: z.union([CaseState, z.array(CaseState)]).optional().describe('Only these states (repeat the parameter for several)'),
  recall: z.string().min(1).optional(),
  assignee: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().optional(),
});

const AuditView = z.object({ seq: z.number().int(), at: z.string(), actor: z.string(), action: z.string(), reason: z.string().optional(), data: z.unknown() });
const CaseIds = z.array(z.string().regex(/^\d{1,18}$/, 'a case id is a number')).min(1).max(500);
const ConfirmOutcome = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('removed') }),
  z.object({ outcome: z.literal('restricted'), jurisdictions: z.array(z.string()).min(1) }),
]);

/** Marketplace keys only report what they did; people decide everything else. */
const CONFIRMATIONS = new Set(['confirm_removed', 'confirm_restricted']);

/** Cases: list, read with its audit trail, act (one or many), assign, confirm a review match, confirm a delivered takedown. */
export const caseRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { store, enforcement }) => {
  const actorOf = (request: { principal: Principal | null }): string => `${request.principal?.role ?? 'unknown'}:key-${request.principal?.keyId ?? '?'}`;

  app.get(
    '/v1/cases',
    {
      config: { roles: ROLES.readers },
      schema: {
        summary: 'List cases',
        description: 'Cases with their deadline status (on_track, at_risk, breached, closed). Roles: all.',
        tags: ['cases'],
        security: [{ bearerAuth: [] }],
        querystring: CaseQuery,
        response: { 200: z.object({ items: z.array(CaseView), next: z.string().nullable() }), ...PROBLEM_RESPONSES },
      },
    },
    async (request) => {
      const { state, recall, assignee, limit, cursor } = request.query;
      const after = cursor === undefined ? undefined : decodeCursor('cases', cursor);
      const rows = await store.cases.list({
        limit: limit + 1,
        ...(state ? { states: [state].flat() } : {}),
        ...(recall ? { recallId: recall } : {}),
        ...(assignee ? { assignee } : {}),
        ...(after && /^\d{1,18}$/.test(after) ? { after } : {}),
      });
      const page = pageOf('cases', rows, limit, (item) => item.caseId);
      const now = new Date();
      return { items: page.items.map((item) => caseView(item, now)), next: page.next };
    },
  );

  app.get(
    '/v1/cases/:id',
    {
      config: { roles: ROLES.readers },
      schema: {
        summary: 'A case with its audit trail',
        tags: ['cases'],
        security: [{ bearerAuth: [] }],
        params: z.object({ id: z.string().regex(/^\d{1,18}$/, 'a case id is a number') }),
        response: { 200: CaseView.extend({ audit: z.array(AuditView) }), ...PROBLEM_RESPONSES },
      },
    },
    async (request) => {
      const found = await store.cases.get(request.params.id);
      if (!found) throw new RecallguardError('RG_ERR_NOT_FOUND', `no case ${request.params.id}`);
      const audit = await store.audit.forSubject(`case:${found.caseId}`);
      return { ...caseView(found, new Date()), audit: audit.map(({ seq, at, actor, action, reason, data }) => ({ seq, at, actor, action, ...(reason ? { reason } : {}), data })) };
    },
  );

  app.post(
    '/v1/cases/:id/actions',
    {
      config: { roles: ['admin', 'reviewer', 'integration'] },
      schema: {
        summary: 'Act on a case',
        description: 'request_action (remove, or restrict to jurisdictions), confirm_removed, confirm_restricted, verify, dismiss (reason), reopen (reason). Integration keys may only confirm. An action the state does not accept is 409 RG_ERR_ILLEGAL_TRANSITION naming the allowed actions.',
        tags: ['cases'],
        security: [{ bearerAuth: [] }],
        params: z.object({ id: z.string().regex(/^\d{1,18}$/, 'a case id is a number') }),
        body: CaseCommand,
        response: { 200: CaseView, ...PROBLEM_RESPONSES },
      },
    },
    async (request) => {
      if (request.principal?.role === 'integration' && !CONFIRMATIONS.has(request.body.action)) {
        throw new RecallguardError('RG_ERR_FORBIDDEN', `An integration key may only confirm takedowns, not ${request.body.action}`);
      }
      return caseView(await enforcement.act(request.params.id, request.body, actorOf(request)), new Date());
    },
  );

  app.post(
    '/v1/cases/bulk',
    {
      config: { roles: ['admin', 'reviewer'] },
      schema: {
        summary: 'The same action on many cases',
        description: 'Each case on its own: one refusal does not stop the others; the answer says what happened to each.',
        tags: ['cases'],
        security: [{ bearerAuth: [] }],
        body: z.object({ caseIds: CaseIds, command: CaseCommand }),
        response: { 200: z.object({ results: z.array(z.object({ caseId: z.string(), ok: z.boolean(), state: z.string().optional(), error: z.string().optional() })) }), ...PROBLEM_RESPONSES },
      },
    },
    async (request) => ({ results: await enforcement.bulk(request.body.caseIds, request.body.command, actorOf(request)) }),
  );

  app.post(
    '/v1/cases/assign',
    {
      config: { roles: ['admin', 'reviewer'] },
      schema: {
        summary: 'Assign cases to a reviewer',
        tags: ['cases'],
        security: [{ bearerAuth: [] }],
        body: z.object({ caseIds: CaseIds, assignee: z.string().min(1).nullable() }),
        response: { 200: z.object({ items: z.array(CaseView) }), ...PROBLEM_RESPONSES },
      },
    },
    async (request) => {
      const updated = await enforcement.assign(request.body.caseIds, request.body.assignee, actorOf(request));
      return { items: updated.map((item) => caseView(item, new Date())) };
    },
  );

  app.post(
    '/v1/matches/:id/confirm',
    {
      config: { roles: ['admin', 'reviewer'] },
      schema: {
        summary: 'Confirm a match as the recalled product',
        description: 'Opens a case for the match (if none is open) and stores the decision as a labelled pair for refitting the scorer.',
        tags: ['cases'],
        security: [{ bearerAuth: [] }],
        params: z.object({ id: z.string().regex(/^\d{1,18}$/, 'a match id is a number') }),
        response: { 200: CaseView, ...PROBLEM_RESPONSES },
      },
    },
    async (request) => caseView(await enforcement.confirmMatch(request.params.id, actorOf(request)), new Date()),
  );

  app.post(
    '/v1/outbox/:messageId/confirm',
    {
      config: { roles: ['admin', 'integration'] },
      schema: {
        summary: 'Confirm a delivered takedown request',
        description: 'The marketplace reports what it did about a webhook it received (by its webhook-id): removed, or restricted in the given jurisdictions. Moves the case on.',
        tags: ['cases'],
        security: [{ bearerAuth: [] }],
        params: z.object({ messageId: z.string().min(1) }),
        body: ConfirmOutcome,
        response: { 200: CaseView, ...PROBLEM_RESPONSES },
      },
    },
    async (request) => {
      const message = await store.outbox.get(request.params.messageId);
      if (!message) throw new RecallguardError('RG_ERR_NOT_FOUND', `no outbox message ${request.params.messageId}`);
      const command = request.body.outcome === 'removed' ? { action: 'confirm_removed' } : { action: 'confirm_restricted', jurisdictions: request.body.jurisdictions };
      const updated = await enforcement.act(message.caseId, command, actorOf(request));
      await store.db.transaction().execute((trx) => store.outbox.confirm(trx, message.messageId, new Date()));
      return caseView(updated, new Date());
    },
  );

  app.get(
    '/v1/outbox',
    {
      config: { roles: ROLES.readers },
      schema: {
        summary: 'Takedown webhook messages',
        description: 'Pending, delivered and dead-lettered messages with their attempts and last error. Roles: all.',
        tags: ['cases'],
        security: [{ bearerAuth: [] }],
        querystring: z.object({ state: z.enum(['pending', 'delivered', 'dead']).optional(), case: z.string().optional() }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                messageId: z.string(),
                caseId: z.string(),
                kind: z.string(),
                state: z.string(),
                attempts: z.number().int(),
                lastStatus: z.number().int().nullable(),
                lastError: z.string().nullable(),
                createdAt: isoInstant,
                deliveredAt: isoInstant.nullable(),
                confirmedAt: isoInstant.nullable(),
              }),
            ),
          }),
          ...PROBLEM_RESPONSES,
        },
      },
    },
    async (request) => {
      const messages = await store.outbox.list({ limit: 1_000, ...(request.query.state ? { state: request.query.state } : {}), ...(request.query.case ? { caseId: request.query.case } : {}) });
      return {
        items: messages.map((message) => ({
          messageId: message.messageId,
          caseId: message.caseId,
          kind: message.kind,
          state: message.state,
          attempts: message.attempts,
          lastStatus: message.lastStatus,
          lastError: message.lastError,
          createdAt: message.createdAt.toISOString(),
          deliveredAt: message.deliveredAt?.toISOString() ?? null,
          confirmedAt: message.confirmedAt?.toISOString() ?? null,
        })),
      };
    },
  );
};
