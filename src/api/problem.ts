import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ERROR_CODES, fieldOfPath, isRecallguardError, type ErrorCode, type RecallguardError } from '../errors/index.js';

/** One field of a request that failed validation. */
export const ProblemField = z.object({
  /** Which part of the request: `body`, `querystring`, `params` or `headers`. */
  in: z.string(),
  /** Dotted path inside that part, e.g. `listings.3.title`; `(request)` for the part as a whole. */
  field: z.string(),
  message: z.string(),
});
export type ProblemField = z.infer<typeof ProblemField>;

/**
 * An error answer (RFC 9457 `application/problem+json`) with recallguard's stable code.
 * @example { type: 'urn:recallguard:error:RG_ERR_FORBIDDEN', title: 'This API key may not do that', status: 403, detail: '…', code: 'RG_ERR_FORBIDDEN' }
 */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  errors: z.array(ProblemField).optional(),
});
export type Problem = z.infer<typeof Problem>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Fastify's own errors that are the client's doing, by Fastify code. */
const FASTIFY_CODES: Readonly<Record<string, ErrorCode>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'RG_ERR_PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'RG_ERR_UNKNOWN_FORMAT',
  FST_ERR_CTP_INVALID_JSON_BODY: 'RG_ERR_BAD_INPUT',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'RG_ERR_BAD_INPUT',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'RG_ERR_BAD_INPUT',
  FST_ERR_NOT_FOUND: 'RG_ERR_NOT_FOUND',
};

const FASTIFY_DETAILS: Readonly<Record<string, string>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'The request body is not valid JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The request body is empty; expected JSON',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "The request's Content-Type is not one this route takes",
};

/** A problem for a code from the registry. */
export function problemFor(code: ErrorCode, detail: string, errors?: readonly ProblemField[]): Problem {
  const entry = ERROR_CODES[code];
  return {
    type: `urn:recallguard:error:${code}`,
    title: entry.message,
    status: entry.httpStatus,
    detail,
    code,
    ...(errors && errors.length > 0 ? { errors: [...errors] } : {}),
  };
}

/**
 * Maps anything thrown while answering a request to a problem: recallguard's coded errors by the registry,
 * request validation to `RG_ERR_INVALID_REQUEST` with one entry per field, Fastify's body errors to their
 * codes, and anything else to `RG_ERR_INTERNAL`.
 * @example reply.code(problem.status).type(PROBLEM_CONTENT_TYPE).send(problemOf(error));
 */
export function problemOf(error: unknown): Problem {
  if (isRecallguardError(error)) return problemFor(error.code, error.message, problemFields(error));
  if (hasZodFastifySchemaValidationErrors(error)) {
    const part = (error as { validationContext?: string }).validationContext ?? 'request';
    const errors = error.validation.map((issue) => ({ in: part, field: fieldOfPath(pathOf(issue.instancePath)), message: issue.message ?? 'invalid' }));
    const detail = errors.map((entry) => `${entry.in} field "${entry.field}": ${entry.message}`).join('; ');
    return problemFor('RG_ERR_INVALID_REQUEST', detail, errors);
  }
  const fastifyCode = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof fastifyCode === 'string' && fastifyCode in FASTIFY_CODES) {
    const code = FASTIFY_CODES[fastifyCode] as ErrorCode;
    return problemFor(code, FASTIFY_DETAILS[fastifyCode] ?? (error as Error).message);
  }
  if (error instanceof Error) {
    const status = (error as { statusCode?: unknown }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) return problemFor('RG_ERR_INVALID_REQUEST', error.message);
  }
  const message = error instanceof Error ? error.message : String(error);
  return problemFor('RG_ERR_INTERNAL', `Unexpected error: ${message}`);
}

function pathOf(instancePath: string): string[] {
  return instancePath.split('/').filter((part) => part !== '');
}

/** Field-level errors a route attached to its RecallguardError (`details.errors`). */
function problemFields(error: RecallguardError): ProblemField[] | undefined {
  const parsed = z.array(ProblemField).safeParse(error.details['errors']);
  return parsed.success ? parsed.data : undefined;
}
