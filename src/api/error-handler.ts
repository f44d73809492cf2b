import type { FastifyInstance } from 'fastify';
import { PROBLEM_CONTENT_TYPE, problemFor, problemOf } from './problem.js';

/**
 * The one place errors become answers: every error, whoever threw it, is sent as an
 * `application/problem+json` problem with its registry status; unknown routes are `RG_ERR_NOT_FOUND`.
 * @example registerErrorHandling(app);
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const problem = problemOf(error);
    if (problem.status >= 500) request.log.error({ err: error }, problem.detail);
    if (problem.code === 'RG_ERR_UNAUTHORIZED') reply.header('www-authenticate', 'Bearer');
    return reply.code(problem.status).type(PROBLEM_CONTENT_TYPE).send(problem);
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .type(PROBLEM_CONTENT_TYPE)
      .send(problemFor('RG_ERR_NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}`)),
  );
}
