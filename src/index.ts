/**
 * recallguard as a library: the screening engine, recall feeds, the store and services, the HTTP app, and
 * the helpers an integrator needs (verifying recallguard's takedown webhooks).
 * @example import { verifyWebhook } from 'recallguard';
 */
export { buildApp, type ApiDeps, type ApiOptionsInput } from './api/index.js';
export { CaseCommand, CaseState, CaseStatus, transition } from './cases/index.js';
export { DeadlinePolicy, deadlineStatus, dueAt } from './deadlines/index.js';
export { EnforcementService, dispatchOutbox, startEnforcementLoop, verifyStoredTrail } from './enforcement/index.js';
export { ERROR_CODES, RecallguardError, type ErrorCode } from './errors/index.js';
export { readRecallFiles } from './feeds/index.js';
export { Listing, readListings, readListingBatches } from './listings/index.js';
export { buildRecallIndex, RecallIndex, screenListing, type ScreeningResult } from './matching/index.js';
export { Recall, RecallProduct } from './recalls/index.js';
export { ScreeningService } from './screening/index.js';
export { openStore, type Store } from './storage/index.js';
export { signWebhook, verifyWebhook, type VerifiedWebhook } from './webhooks/index.js';
