import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** A timestamp column: written as a Date (or left to its default), read back as a Date. */
type Timestamp = ColumnType<Date, Date | undefined, Date>;
/** A JSON column: written as its serialised text, read back parsed. */
type Json<T> = ColumnType<T, string, string>;
/** A bigint identity: both drivers return int8 as a string. */
type Identity = ColumnType<string, never, never>;

export interface RecallTable {
  id: string;
  source: string;
  version: number;
  contentHash: string;
  title: string;
  /** Lower-cased title, brands and model numbers, for `q=` searches. */
  searchText: string;
  published: string | null;
  document: Json<unknown>;
  firstSeenAt: Timestamp;
  changedAt: Timestamp;
}

export interface RecallVersionTable {
  recallId: string;
  version: number;
  contentHash: string;
  document: Json<unknown>;
  ingestRunId: string | null;
  createdAt: Timestamp;
}

export interface ListingTable {
  marketplace: string;
  id: string;
  contentHash: string;
  title: string;
  seller: string | null;
  document: Json<unknown>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  deletedAt: Date | null;
}

export interface MatchTable {
  id: Identity;
  marketplace: string;
  listingId: string;
  recallId: string;
  productIndex: number;
  algorithm: string;
  recallVersion: number;
  score: number;
  decision: string;
  features: Json<unknown>;
  status: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  withdrawnAt: Date | null;
}

export interface IngestRunTable {
  id: Identity;
  kind: string;
  source: string;
  startedAt: Timestamp;
  finishedAt: Date | null;
  added: Generated<number>;
  changed: Generated<number>;
  unchanged: Generated<number>;
  rejected: Generated<number>;
}

export interface IngestProblemTable {
  runId: string;
  position: number;
  record: string;
  field: string;
  problem: string;
}

export interface SweepTable {
  id: Identity;
  recallId: string;
  recallVersion: number;
  algorithm: string;
  state: string;
  afterMarketplace: string | null;
  afterId: string | null;
  scanned: Generated<number>;
  matched: Generated<number>;
  withdrawn: Generated<number>;
  total: Generated<number>;
  startedAt: Timestamp;
  updatedAt: Timestamp;
  finishedAt: Date | null;
}

export interface ApiKeyTable {
  id: string;
  role: string;
  label: string | null;
  /** scrypt parameters, salt and hash; the key itself is never stored. */
  hash: string;
  createdAt: Timestamp;
  revokedAt: Date | null;
}

export interface SourcePolicyTable {
  source: string;
  mode: string;
  deadline: Json<unknown>;
  updatedAt: Timestamp;
}

export interface PriorityRecallTable {
  recallId: string;
  list: string;
  deadline: Json<unknown>;
  notifiedAt: Date;
  importedAt: Timestamp;
}

export interface CaseTable {
  id: Identity;
  marketplace: string;
  listingId: string;
  recallId: string;
  productIndex: number;
  matchId: string | null;
  relistingOf: string | null;
  state: string;
  /** The full case status (state with its data), as `CaseStatus`. */
  status: Json<unknown>;
  assignee: string | null;
  seller: string | null;
  listingHash: string;
  deadline: Json<unknown>;
  notifiedAt: Date;
  dueAt: Date;
  escalatedAt: Date | null;
  closedAt: Date | null;
  reason: string | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface AuditEntryTable {
  seq: ColumnType<string, string | number, never>;
  at: Date;
  actor: string;
  action: string;
  subject: string;
  reason: string | null;
  data: Json<unknown>;
  previousHash: string;
  hash: string;
}

export interface WebhookEndpointTable {
  marketplace: string;
  url: string;
  secret: string;
  createdAt: Timestamp;
}

export interface OutboxTable {
  id: string;
  caseId: string;
  marketplace: string;
  kind: string;
  payload: Json<unknown>;
  state: string;
  attempts: Generated<number>;
  nextAttemptAt: Date;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: Timestamp;
  deliveredAt: Date | null;
  confirmedAt: Date | null;
}

export interface RemovedFingerprintTable {
  caseId: string;
  marketplace: string;
  listingId: string;
  seller: string | null;
  fingerprint: Json<unknown>;
  createdAt: Timestamp;
}

export interface ReviewLabelTable {
  id: Identity;
  caseId: string;
  listing: Json<unknown>;
  recallId: string;
  productIndex: number;
  isMatch: boolean;
  reviewer: string;
  createdAt: Timestamp;
}

/** recallguard's tables, in the camelCase the repositories use (columns are snake_case). */
export interface Database {
  recall: RecallTable;
  recallVersion: RecallVersionTable;
  listing: ListingTable;
  match: MatchTable;
  ingestRun: IngestRunTable;
  ingestProblem: IngestProblemTable;
  sweep: SweepTable;
  apiKey: ApiKeyTable;
  sourcePolicy: SourcePolicyTable;
  priorityRecall: PriorityRecallTable;
  case: CaseTable;
  auditEntry: AuditEntryTable;
  webhookEndpoint: WebhookEndpointTable;
  outbox: OutboxTable;
  removedFingerprint: RemovedFingerprintTable;
  reviewLabel: ReviewLabelTable;
}

export type RecallRow = Selectable<RecallTable>;
export type ListingRow = Selectable<ListingTable>;
export type MatchRow = Selectable<MatchTable>;
export type NewMatch = Insertable<MatchTable>;
export type SweepRow = Selectable<SweepTable>;
export type IngestRunRow = Selectable<IngestRunTable>;
export type CaseRow = Selectable<CaseTable>;
export type AuditEntryRow = Selectable<AuditEntryTable>;
export type OutboxRow = Selectable<OutboxTable>;
