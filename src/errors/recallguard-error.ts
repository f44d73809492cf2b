import { ERROR_CODES, type ErrorCode } from './error-codes.js';

/**
 * An error with a stable code from the registry, a human message and optional structured details.
 * @example throw new RecallguardError('RG_ERR_BAD_INPUT', 'listings.ndjson line 4: field "title": required');
 */
export class RecallguardError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message?: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super(message ?? ERROR_CODES[code].message, { cause: options.cause });
    this.name = 'RecallguardError';
    this.code = code;
    this.details = options.details ?? {};
  }

  get httpStatus(): number {
    return ERROR_CODES[this.code].httpStatus;
  }

  get exitCode(): number {
    return ERROR_CODES[this.code].exitCode;
  }
}

export function isRecallguardError(error: unknown): error is RecallguardError {
  return error instanceof RecallguardError;
}
