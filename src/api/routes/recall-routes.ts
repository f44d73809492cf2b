import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RecallguardError } from '../../errors/index.js';
import { readRecallDocument } from '../../feeds/index.js';
import { Recall, dedupeByNotice } from '../../recalls/index.js';
import type { RecallRepository } from '../../storage/index.js';
import type { ApiContext } from '../api-context.js';
import { IngestRunView, PROBLEM_RESPONSES, RecallSummary, RecordProblemView, SweepView, ingestRunView, problemViews, sweepViews } from '../api-schemas.js';
import { ROLES } from '../authentication.js';
import { decodeCursor, pageOf } from '../page-cursor.js';

type RecallRow = Awaited<ReturnType<RecallRepository['search']>>[number];

const RecallQuery = z.object({
  q: z.string().max(200).optional().describe('Words that must all appear in the title, a brand, a model number or a GTIN'),
  source: z.string().min(1).optional().describe('Only recalls of this source, e.g. cpsc'),
  since: z
    .union([z.iso.date(), z.iso.datetime({ offset: true })])
    .optional()
    .describe('Only recalls first seen or changed at or after this date or instant'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().optional().describe('The "next" of the previous page'),
});

const RecallPage = z.object({ items: z.array(RecallSummary), next: z.string().nullable() });

const RecallVersionView = z.object({ version: z.number().int(), contentHash: z.string(), createdAt: z.iso.datetime(), recall: Recall });

const RecallDetail = RecallSummary.extend({ recall: Recall, versions: z.array(RecallVersionView).describe('Every version, newest first') });

const ImportQuery = z.object({
  source: z.string().min(1).max(200).default('api:import').describe('A name for this import, kept with its ingest run'),
});

const ImportResponse = z.object({
  format: z.string().describe('The feed format detected'),
  run: IngestRunView,
  sameNoticeMerged: z.number().int().describe('Records dropped because another record described the same notice in more detail'),
  problems: z.array(RecordProblemView),
  sweeps: z.array(SweepView).describe('One sweep of the stored listings per new or changed recall'),
});

const XML_MEDIA_TYPES = ['application/xml', 'text/xml', 'application/rss+xml'];

/** `GET /v1/recalls`, `GET /v1/recalls/{id}` and `POST /v1/recalls/import`. */
export const recallRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { store, service, options, metrics }) => {
  app.addContentTypeParser(XML_MEDIA_TYPES, { parseAs: 'string', bodyLimit: options.uploadLimit }, (_request, body, done) =>
    done(null, String(body).replace(/^\ufeff/, '')),
  );

  app.get(
    '/v1/recalls',
    {
      config: { roles: ROLES.readers },
      schema: {
        summary: 'Search recalls',
        description: 'Current recalls in id order, a page at a time. Roles: all.',
        tags: ['recalls'],
        security: [{ bearerAuth: [] }],
        querystring: RecallQuery,
        response: { 200: RecallPage, ...PROBLEM_RESPONSES },
      },
    },
    async (request) => {
      const { q, source, since, limit, cursor } = request.query;
      const rows = await store.recalls.search({
        limit: limit + 1,
        ...(q ? { q } : {}),
        ...(source ? { source } : {}),
        ...(since ? { since: new Date(since) } : {}),
        ...(cursor ? { after: decodeCursor('recalls', cursor) } : {}),
      });
      const page = pageOf('recalls', rows, limit, (row) => row.id);
      return { items: page.items.map(recallSummary), next: page.next };
    },
  );

  app.get(
    '/v1/recalls/:id',
    {
      config: { roles: ROLES.readers },
      schema: {
        summary: 'One recall with its versions',
        description: 'The current version of a recall and every earlier one, newest first. Roles: all.',
        tags: ['recalls'],
        security: [{ bearerAuth: [] }],
        params: z.object({ id: z.string().min(1).describe('e.g. cpsc:17057') }),
        response: { 200: RecallDetail, ...PROBLEM_RESPONSES },
      },
    },
    async (request) => {
      const found = await store.recalls.get(request.params.id);
      if (!found) throw new RecallguardError('RG_ERR_NOT_FOUND', `No recall "${request.params.id}"`);
      const versions = await store.recalls.versions(request.params.id);
      return {
        ...recallSummary(found.row),
        recall: found.recall,
        versions: versions.map((entry) => ({ ...entry, createdAt: entry.createdAt.toISOString() })),
      };
    },
  );

  app.post(
    '/v1/recalls/import',
    {
      config: { roles: ROLES.admin },
      bodyLimit: options.uploadLimit,
      schema: {
        summary: 'Import a recall document',
        description: 'A recall document in any supported feed format (JSON, or RSS as XML), detected from its content. Changed recalls become new versions and are swept over the stored listings; bad records come back in "problems". Roles: admin.',
        tags: ['recalls'],
        security: [{ bearerAuth: [] }],
        consumes: ['application/json', ...XML_MEDIA_TYPES],
        querystring: ImportQuery,
        body: z.unknown().describe('A recall feed document'),
        response: { 200: ImportResponse, ...PROBLEM_RESPONSES },
      },
    },
    async (request) => {
      const read = readRecallDocument(request.body, 'request body');
      const { recalls, merged } = dedupeByNotice(read.recalls);
      const outcome = await service.ingestRecalls(request.query.source, recalls, read.problems);
      metrics.ingestedRun(outcome.run);
      metrics.swept(outcome.sweeps);
      return {
        format: read.files[0]?.format ?? 'unknown',
        run: ingestRunView(outcome.run),
        sameNoticeMerged: merged,
        problems: problemViews(read.problems),
        sweeps: sweepViews(outcome.sweeps),
      };
    },
  );
};

function recallSummary(row: RecallRow): z.infer<typeof RecallSummary> {
  return {
    id: row.id,
    source: row.source,
    title: row.title,
    publishedAt: row.published,
    version: row.version,
    firstSeenAt: row.firstSeenAt.toISOString(),
    changedAt: row.changedAt.toISOString(),
  };
}
