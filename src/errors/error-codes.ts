/**
 * The one registry of stable error codes. Every error that reaches a user carries one of these codes;
 * the CLI maps it to an exit code and the HTTP API to a status.
 */
export const ERROR_CODES = {
  RG_ERR_USAGE: { message: 'Invalid command-line usage', httpStatus: 400, exitCode: 2 },
  RG_ERR_BAD_INPUT: { message: 'Input could not be read', httpStatus: 400, exitCode: 3 },
  RG_ERR_FILE_NOT_FOUND: { message: 'File not found', httpStatus: 404, exitCode: 3 },
  RG_ERR_UNKNOWN_FORMAT: { message: 'Input format not recognised', httpStatus: 415, exitCode: 3 },
  RG_ERR_INVALID_RECORD: { message: 'A record failed validation', httpStatus: 422, exitCode: 3 },
  RG_ERR_FEED_HTTP: { message: 'The recall feed answered with an HTTP error', httpStatus: 502, exitCode: 4 },
  RG_ERR_FEED_TIMEOUT: { message: 'The recall feed did not answer in time', httpStatus: 504, exitCode: 4 },
  RG_ERR_FEED_MALFORMED: { message: 'The recall feed answered with malformed data', httpStatus: 502, exitCode: 4 },
  RG_ERR_UNKNOWN_ALGORITHM: { message: 'Unknown matching algorithm', httpStatus: 400, exitCode: 2 },
  RG_ERR_INVALID_CONFIG: { message: 'Invalid configuration', httpStatus: 400, exitCode: 2 },
  RG_ERR_STORE_BUSY: { message: 'The embedded database is in use by another recallguard process', httpStatus: 503, exitCode: 5 },
  RG_ERR_INVALID_REQUEST: { message: 'The request failed validation', httpStatus: 400, exitCode: 3 },
  RG_ERR_UNAUTHORIZED: { message: 'A valid API key is required', httpStatus: 401, exitCode: 2 },
  RG_ERR_FORBIDDEN: { message: 'This API key may not do that', httpStatus: 403, exitCode: 2 },
  RG_ERR_NOT_FOUND: { message: 'No such resource', httpStatus: 404, exitCode: 3 },
  RG_ERR_PAYLOAD_TOO_LARGE: { message: 'The request body is too large', httpStatus: 413, exitCode: 3 },
  RG_ERR_RATE_LIMITED: { message: 'Too many requests', httpStatus: 429, exitCode: 4 },
  RG_ERR_NOT_READY: { message: 'The service is not ready', httpStatus: 503, exitCode: 4 },
  RG_ERR_ILLEGAL_TRANSITION: { message: 'The case cannot take that action in its current state', httpStatus: 409, exitCode: 3 },
  RG_ERR_INTERNAL: { message: 'Internal error', httpStatus: 500, exitCode: 1 },
} as const satisfies Record<string, { message: string; httpStatus: number; exitCode: number }>;

export type ErrorCode = keyof typeof ERROR_CODES;
