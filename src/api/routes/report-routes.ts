import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { complianceReportFromStore, verifyStoredTrail } from '../../enforcement/index.js';
import { REPORT_FORMATS, reportCsv, reportHtml, reportPdf } from '../../reports/index.js';
import type { ApiContext } from '../api-context.js';
import { PROBLEM_RESPONSES } from '../api-schemas.js';
import { ROLES } from '../authentication.js';

const ReportQuery = z.object({
  from: z.iso.date().or(z.iso.datetime()).describe('Cases created from this date or instant'),
  to: z.iso.date().or(z.iso.datetime()).describe('…until (not including) this one'),
  recall: z.string().min(1).optional(),
  asOf: z.iso.datetime().optional().describe('Judge deadlines as of this instant (default: now)'),
  format: z.enum(REPORT_FORMATS).default('json'),
});

/** Compliance reports and the audit check: what regulators read. */
export const reportRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { store }) => {
  app.get(
    '/v1/reports/compliance',
    {
      config: { roles: ROLES.readers },
      schema: {
        summary: 'Compliance report',
        description: 'Per recall and overall, for cases created in the period: found, removed, restricted, dismissed, still open, overdue; time to takedown p50/p90/max; share within deadline; re-listings caught; repeat sellers. JSON, CSV, HTML (with a chart) or PDF. Roles: all, regulator included.',
        tags: ['reports'],
        security: [{ bearerAuth: [] }],
        querystring: ReportQuery,
        response: { 200: z.unknown(), ...PROBLEM_RESPONSES },
      },
    },
    async (request, reply) => {
      const { from, to, recall, asOf, format } = request.query;
      const report = await complianceReportFromStore(store, { from: new Date(from), to: new Date(to) }, asOf ? new Date(asOf) : new Date(), recall);
      if (format === 'json') return report;
      if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(reportCsv(report));
      if (format === 'html') return reply.type('text/html; charset=utf-8').send(reportHtml(report));
      return reply.type('application/pdf').send(await reportPdf(report));
    },
  );

  app.get(
    '/v1/audit/verify',
    {
      config: { roles: ['admin', 'regulator'] },
      schema: {
        summary: 'Verify the audit trail',
        description: 'Walks the hash chain: ok with the entry count and head, or the first edited, removed, reordered or inserted entry.',
        tags: ['reports'],
        security: [{ bearerAuth: [] }],
        response: { 200: z.unknown(), ...PROBLEM_RESPONSES },
      },
    },
    async () => verifyStoredTrail(store),
  );
};
