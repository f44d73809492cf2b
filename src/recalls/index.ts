export { Recall, RecallProduct, RecallId, DateRange, type RecallInput } from './recall-schema.js';
