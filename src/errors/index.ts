export { ERROR_CODES, type ErrorCode } from './error-codes.js';
export { RecallguardError, isRecallguardError } from './recallguard-error.js';
export { RecordProblem, fieldOfPath, formatProblem } from './record-problem.js';
