export { ApiKeyRepository, ApiRole, type ApiKeyInfo, type CreatedApiKey } from './api-key-repository.js';
export { contentHash } from './content-hash.js';
export {
  DATABASE_EXTENSIONS,
  createDatabase,
  databaseEngine,
  openPGlite,
  type DatabaseExtension,
  type DatabaseOptions,
} from './database.js';
export { IngestRunRepository, type IngestCounts, type IngestKind, type IngestRun, type StoredProblem } from './ingest-run-repository.js';
export { DEFAULT_MARKETPLACE, ListingRepository, listingKey, type ListingKey, type ListingUpsertOutcome, type StoredListing } from './listing-repository.js';
export { MatchRepository, type FoundMatch, type KeyRange, type MatchQuery, type MatchStatus, type ScreenedScope, type StoredMatch } from './match-repository.js';
export { PGliteDialect, type PGliteDialectConfig } from './pglite-dialect.js';
export { RecallRepository, type RecallSearch, type RecallUpsertOutcome, type StoredRecallVersion } from './recall-repository.js';
export type { Database } from './schema.js';
export { migrate, openStore, type Store } from './store.js';
export { SweepRepository, type Sweep, type SweepProgress, type SweepState } from './sweep-repository.js';
export { AuditRepository } from './audit-repository.js';
export { CaseRepository, CLOSED_STATES, type CaseQuery, type NewCase, type StoredCase } from './case-repository.js';
export { OutboxRepository, type DeliveryAttempt, type OutboxMessage, type OutboxState } from './outbox-repository.js';
export { PolicyRepository, type PriorityRecall, type SourcePolicy, type TakedownMode } from './policy-repository.js';
export { TakedownMemoryRepository, type RemovedFingerprint, type ReviewLabel } from './takedown-memory-repository.js';
