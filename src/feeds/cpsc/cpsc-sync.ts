import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { RecallguardError, type RecordProblem } from '../../errors/index.js';
import type { Recall } from '../../recalls/index.js';
import type { FeedAdapter } from '../feed-adapter.js';
import type { CpscQuery } from './cpsc-client-query.js';

const DAY_MS = 86_400_000;

/**
 * What a sync remembers between runs. `lastPublishDate` is the newest `LastPublishDate` seen (`YYYY-MM-DD`).
 * @example CpscSyncState.parse({ lastPublishDate: '2026-08-13', lastFullSyncAt: '2026-08-10T06:00:00.000Z' });
 */
export const CpscSyncState = z.object({
  lastPublishDate: z.iso.date().optional(),
  lastFullSyncAt: z.iso.datetime({ offset: true }).optional(),
  lastSyncAt: z.iso.datetime({ offset: true }).optional(),
});
export type CpscSyncState = z.infer<typeof CpscSyncState>;

/**
 * Tuning of {@link syncCpsc}. `fullSyncFrom` bounds a full sync by `LastPublishDateStart`; without it a full sync
 * asks for every recall.
 */
export const CpscSyncOptions = z.object({
  since: z.iso.date().optional(),
  fullResyncEveryDays: z.number().positive().default(7),
  overlapDays: z.number().int().min(0).default(1),
  fullSyncFrom: z.iso.date().optional(),
});
export type CpscSyncOptions = z.input<typeof CpscSyncOptions>;

/** Anything that answers CPSC queries; a `CpscClient` does. */
export interface CpscRecallSource {
  fetchRecalls(query: CpscQuery): Promise<unknown[]>;
}

export interface SyncCpscInput extends CpscSyncOptions {
  readonly client: CpscRecallSource;
  readonly state: CpscSyncState;
  readonly now: Date;
}

/** Why a sync ran in its mode, for the CLI to print. */
export type CpscSyncReason = 'since' | 'first-sync' | 'full-resync-due' | 'incremental';

export interface CpscSyncResult {
  readonly mode: 'full' | 'incremental';
  readonly reason: CpscSyncReason;
  readonly query: CpscQuery;
  /** Raw API records, one per RecallID. */
  readonly records: readonly unknown[];
  readonly nextState: CpscSyncState;
}

const RecordKeys = z.looseObject({
  RecallID: z.union([z.number(), z.string().min(1)]),
  LastPublishDate: z.string().optional(),
});

function validState(value: unknown, what: string, details: Record<string, unknown>): CpscSyncState {
  const parsed = CpscSyncState.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(state)'}: ${issue.message}`);
  throw new RecallguardError('RG_ERR_BAD_INPUT', `${what} is not a valid state: ${issues.join('; ')}`, {
    details: { ...details, issues },
  });
}

function publishDay(record: unknown): string | undefined {
  const parsed = RecordKeys.safeParse(record);
  const value = parsed.success ? parsed.data.LastPublishDate : undefined;
  return value !== undefined && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
}

function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
}

function newest(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  return b !== undefined && b > a ? b : a;
}

/**
 * One record per RecallID, keeping the one with the newest `LastPublishDate` (the first on a tie) in the
 * position of its first appearance. Records without a RecallID are kept: the adapter reports them.
 * @example dedupeByRecallId([{ RecallID: 1, LastPublishDate: '2026-08-13' }, { RecallID: 1, LastPublishDate: '2026-08-14' }]);
 * // [{ RecallID: 1, LastPublishDate: '2026-08-14' }]
 */
export function dedupeByRecallId(records: readonly unknown[]): unknown[] {
  const kept = new Map<string, unknown>();
  for (const [index, record] of records.entries()) {
    const parsed = RecordKeys.safeParse(record);
    const key = parsed.success ? `id:${parsed.data.RecallID}` : `unkeyed:${index}`;
    const previous = kept.get(key);
    if (previous === undefined) {
      kept.set(key, record);
      continue;
    }
    const before = RecordKeys.safeParse(previous).data?.LastPublishDate ?? '';
    if ((parsed.data?.LastPublishDate ?? '') > before) kept.set(key, record);
  }
  return [...kept.values()];
}

function plan(state: CpscSyncState, options: z.output<typeof CpscSyncOptions>, now: Date) {
  if (options.since !== undefined) {
    return { mode: 'incremental', reason: 'since', query: { LastPublishDateStart: options.since } } as const;
  }
  const full = {
    mode: 'full',
    query: options.fullSyncFrom === undefined ? {} : { LastPublishDateStart: options.fullSyncFrom },
  } as const;
  if (state.lastPublishDate === undefined || state.lastFullSyncAt === undefined) {
    return { ...full, reason: 'first-sync' } as const;
  }
  if (now.getTime() - Date.parse(state.lastFullSyncAt) >= options.fullResyncEveryDays * DAY_MS) {
    return { ...full, reason: 'full-resync-due' } as const;
  }
  // The overlap re-reads the boundary day: a record published there after the last run must not be missed.
  const start = daysBefore(state.lastPublishDate, options.overlapDays);
  return { mode: 'incremental', reason: 'incremental', query: { LastPublishDateStart: start } } as const;
}

/**
 * Fetches what changed since the last run, or everything when a full re-sync is due: CPSC edits records
 * without always moving `LastPublishDate`, so incremental syncs alone drift.
 * @example
 * const state = await loadSyncState('.recallguard/cpsc-sync.json');
 * const result = await syncCpsc({ client: new CpscClient(), state, now: new Date() });
 * await saveSyncState('.recallguard/cpsc-sync.json', result.nextState);
 */
export async function syncCpsc(input: SyncCpscInput): Promise<CpscSyncResult> {
  const options = CpscSyncOptions.safeParse(input);
  if (!options.success) {
    const issues = options.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new RecallguardError('RG_ERR_INVALID_CONFIG', `Invalid CPSC sync options: ${issues.join('; ')}`, {
      details: { issues },
    });
  }
  const state = validState(input.state, 'CPSC sync state', {});
  const { mode, reason, query } = plan(state, options.data, input.now);
  const records = dedupeByRecallId(await input.client.fetchRecalls(query));
  const seen = records.reduce<string | undefined>((max, record) => newest(max, publishDay(record)), undefined);
  const nowIso = input.now.toISOString();
  const nextState: CpscSyncState = {
    lastPublishDate: newest(state.lastPublishDate, seen),
    lastFullSyncAt: mode === 'full' ? nowIso : state.lastFullSyncAt,
    lastSyncAt: nowIso,
  };
  return { mode, reason, query, records, nextState };
}

/**
 * Converts synced records through a feed adapter (for the API, `cpscApiAdapter`); bad records become problems.
 * @example const { recalls, problems } = convertSyncedRecords(cpscApiAdapter, result.records);
 */
export function convertSyncedRecords(
  adapter: FeedAdapter,
  records: readonly unknown[],
): { readonly recalls: readonly Recall[]; readonly problems: readonly RecordProblem[] } {
  const recalls: Recall[] = [];
  const problems: RecordProblem[] = [];
  for (const record of adapter.records(records)) {
    const result = adapter.toRecall(record);
    if (result.ok) recalls.push(result.recall);
    else problems.push(...result.problems);
  }
  return { recalls, problems };
}

/**
 * Reads a sync state file; a missing file is an empty state.
 * @example const state = await loadSyncState('.recallguard/cpsc-sync.json'); // {} on the first run
 * @throws RecallguardError `RG_ERR_BAD_INPUT` naming the file when it is not a valid state.
 */
export async function loadSyncState(path: string): Promise<CpscSyncState> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new RecallguardError('RG_ERR_BAD_INPUT', `Cannot read CPSC sync state ${path}: ${(error as Error).message}`, {
      cause: error,
      details: { path },
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new RecallguardError('RG_ERR_BAD_INPUT', `CPSC sync state ${path} is not valid JSON: ${(error as Error).message}`, {
      cause: error,
      details: { path },
    });
  }
  return validState(json, `CPSC sync state ${path}`, { path });
}

/**
 * Writes a sync state atomically (`write-file-atomic`: a flushed temporary file renamed over the old one).
 * @example await saveSyncState('.recallguard/cpsc-sync.json', result.nextState);
 */
export async function saveSyncState(path: string, state: CpscSyncState): Promise<void> {
  const valid = validState(state, `CPSC sync state to write to ${path}`, { path });
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFileAtomic(path, `${JSON.stringify(valid, null, 2)}\n`, 'utf8');
  } catch (error) {
    throw new RecallguardError('RG_ERR_BAD_INPUT', `Cannot write CPSC sync state ${path}: ${(error as Error).message}`, {
      cause: error,
      details: { path },
    });
  }
}
