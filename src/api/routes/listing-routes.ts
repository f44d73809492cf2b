import type { Readable } from 'node:stream';
import type { FastifySchemaCompiler } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RecallguardError } from '../../errors/index.js';
import { Listing } from '../../listings/index.js';
import type { ApiContext } from '../api-context.js';
import { IngestRunView, MatchView, PROBLEM_RESPONSES, RecordProblemView, ingestRunView, matchView, problemViews } from '../api-schemas.js';
import { ROLES } from '../authentication.js';
import { UPLOAD_MEDIA_TYPES, readListingUpload, type UploadFormat } from '../listing-upload.js';

const UploadQuery = z.object({
  source: z.string().min(1).max(200).default('api:upload').describe('A name for this upload, kept with its ingest run'),
});

const UploadBody = z
  .union([z.array(Listing), z.object({ listings: z.array(Listing) })])
  .describe('A JSON array of listings or {"listings": [...]}; as application/x-ndjson one listing per line; as text/csv a header row then one listing per row');

const UploadResponse = z.object({
  run: IngestRunView,
  screened: z.number().int().describe('Listings screened: the new and changed ones'),
  matched: z.number().int().describe('Screened listings with at least one match'),
  withdrawn: z.number().int().describe('Earlier matches withdrawn because a changed listing no longer matches'),
  problems: z.array(RecordProblemView).describe('Records left out, each with the field at fault'),
});

const ListingParams = z.object({ marketplace: z.string().min(1), id: z.string().min(1) });

const ListingMatches = z.object({
  marketplace: z.string(),
  listingId: z.string(),
  live: z.boolean().describe('false once the listing was deleted; its matches stay, withdrawn'),
  matches: z.array(MatchView),
});

/**
 * `PUT /v1/listings`: a catalogue upload, read as a stream in its own media type (the usual JSON parser is
 * replaced in this scope so the body is never buffered whole). Good records are stored and screened, bad ones
 * reported; nothing is stored when the body is over the upload limit or unreadable as a whole.
 */
export const listingUploadRoute: FastifyPluginAsyncZod<ApiContext> = async (app, { service, options, metrics }) => {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(Object.keys(UPLOAD_MEDIA_TYPES), (_request, payload, done) => done(null, payload));
  app.put(
    '/v1/listings',
    {
      config: { roles: ROLES.writers },
      validatorCompiler: streamBodyValidator as never,
      schema: {
        summary: 'Upload listings (bulk)',
        description: `Stores and screens a batch of listings: NDJSON, a JSON array or {"listings": [...]}, or CSV. Each record is checked on its own; bad ones come back in "problems" while the rest are stored. Bodies over ${options.uploadLimit} bytes are refused with 413 and nothing stored. Roles: admin, integration.`,
        tags: ['listings'],
        security: [{ bearerAuth: [] }],
        consumes: Object.keys(UPLOAD_MEDIA_TYPES),
        querystring: UploadQuery,
        body: UploadBody,
        response: { 200: UploadResponse, ...PROBLEM_RESPONSES },
      },
    },
    async (request, reply) => {
      const limit = options.uploadLimit;
      const format = uploadFormat(request.headers['content-type']);
      try {
        if (Number(request.headers['content-length']) > limit) {
          throw new RecallguardError('RG_ERR_PAYLOAD_TOO_LARGE', `The upload is over the limit of ${limit} bytes; split it into smaller uploads`);
        }
        const source = request.query.source;
        const { listings, problems } = await readListingUpload(request.body as unknown as Readable, format, { source, limit });
        if (listings.length === 0 && problems.length === 0) {
          throw new RecallguardError('RG_ERR_INVALID_REQUEST', 'The upload holds no listings');
        }
        const outcome = await service.ingestListings(source, listings, problems);
        metrics.ingestedRun(outcome.run);
        const { screened, matched, withdrawn } = outcome;
        return { run: ingestRunView(outcome.run), screened, matched, withdrawn, problems: problemViews(problems) };
      } catch (error) {
        // The rest of an oversized body is not worth reading: the connection closes after the answer.
        if (error instanceof RecallguardError && error.code === 'RG_ERR_PAYLOAD_TOO_LARGE') reply.header('connection', 'close');
        throw error;
      }
    },
  );
};

/** `DELETE /v1/listings/{marketplace}/{id}` and `GET /v1/listings/{marketplace}/{id}/matches`. */
export const listingRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { store, service }) => {
  app.delete(
    '/v1/listings/:marketplace/:id',
    {
      config: { roles: ROLES.writers },
      schema: {
        summary: 'Delete a listing',
        description: 'Marks the listing deleted and withdraws its matches (kept for the record). 404 when there is no live listing with that key. Listings uploaded without a marketplace are under "default". Roles: admin, integration.',
        tags: ['listings'],
        security: [{ bearerAuth: [] }],
        params: ListingParams,
        response: { 204: z.undefined().describe('Deleted'), ...PROBLEM_RESPONSES },
      },
    },
    async (request, reply) => {
      const { marketplace, id } = request.params;
      if (!(await service.deleteListing({ marketplace, id }))) throw notFound(marketplace, id);
      return reply.code(204).send();
    },
  );

  app.get(
    '/v1/listings/:marketplace/:id/matches',
    {
      config: { roles: ROLES.readers },
      schema: {
        summary: "A listing's matches",
        description: 'Every match recorded for the listing, active first, best first; withdrawn ones say when. 404 when the listing was never stored. Roles: all.',
        tags: ['listings'],
        security: [{ bearerAuth: [] }],
        params: ListingParams,
        response: { 200: ListingMatches, ...PROBLEM_RESPONSES },
      },
    },
    async (request) => {
      const key = request.params;
      const [listing, matches] = await Promise.all([store.listings.get(key), store.matches.forListing(key)]);
      if (!listing && matches.length === 0) throw notFound(key.marketplace, key.id);
      return { marketplace: key.marketplace, listingId: key.id, live: listing !== undefined, matches: matches.map(matchView) };
    },
  );
};

/** Validates every part of a request but its body, which the handler reads as a stream. */
const streamBodyValidator: FastifySchemaCompiler<z.ZodType> = (route) =>
  route.httpPart === 'body' ? (data: unknown) => ({ value: data }) : validatorCompiler(route);

function uploadFormat(contentType: string | undefined): UploadFormat {
  const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return UPLOAD_MEDIA_TYPES[mediaType as keyof typeof UPLOAD_MEDIA_TYPES] ?? 'json';
}

function notFound(marketplace: string, id: string): RecallguardError {
  return new RecallguardError('RG_ERR_NOT_FOUND', `No listing "${id}" in marketplace "${marketplace}"`);
}
