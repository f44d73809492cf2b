export { Recall, RecallProduct, RecallId, DateRange, type RecallInput } from './recall-schema.js';
export { mergeRecalls, type MergeOutcome } from './merge-recalls.js';
export { dedupeByNotice } from './same-notice.js';
