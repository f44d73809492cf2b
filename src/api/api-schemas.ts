import { z } from 'zod';
import { Listing } from '../listings/index.js';
import { FeatureResult, MatchDecision, RecallMatch, ScreeningResult } from '../matching/index.js';
import { Recall } from '../recalls/index.js';
import type { SweepStatus } from '../screening/index.js';
import type { IngestRun, StoredMatch } from '../storage/index.js';
import { Problem } from './problem.js';

/** Schemas named in the OpenAPI document's `components`; kept out of zod's global registry. */
export const apiSchemaRegistry = z.registry<{ id: string }>();

const isoInstant = z.iso.datetime();

/** A match as the CLI's JSON output prints it: which recall, how sure, and the features that fired. */
export const WireMatch = RecallMatch.pick({ recallId: true, score: true, decision: true, features: true });

export const WireResult = ScreeningResult.extend({ matches: z.array(WireMatch) });

/** A match kept in the store, active or withdrawn. */
export const MatchView = z.object({
  matchId: z.string(),
  marketplace: z.string(),
  listingId: z.string(),
  recallId: z.string(),
  productIndex: z.number().int().nonnegative(),
  recallVersion: z.number().int().positive(),
  algorithm: z.string(),
  score: z.number(),
  decision: MatchDecision,
  status: z.enum(['active', 'withdrawn']),
  features: z.array(FeatureResult),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  withdrawnAt: isoInstant.nullable(),
});
export type MatchView = z.infer<typeof MatchView>;

/** What an ingest run did: records added, changed, unchanged, and rejected with a problem. */
export const IngestRunView = z.object({
  runId: z.string(),
  kind: z.enum(['recalls', 'listings']),
  source: z.string(),
  added: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  startedAt: isoInstant,
  finishedAt: isoInstant.nullable(),
});

/** A record left out of an ingest, and why. */
export const RecordProblemView = z.object({
  record: z.string(),
  field: z.string(),
  problem: z.string(),
});

export const SweepView = z.object({
  sweepId: z.string(),
  recallId: z.string(),
  recallVersion: z.number().int(),
  scanned: z.number().int(),
  total: z.number().int(),
  matched: z.number().int(),
  withdrawn: z.number().int(),
  done: z.boolean(),
});

export const RecallSummary = z.object({
  id: z.string(),
  source: z.string(),
  title: z.string(),
  publishedAt: z.string().nullable(),
  version: z.number().int(),
  firstSeenAt: isoInstant,
  changedAt: isoInstant,
});

apiSchemaRegistry.add(Listing, { id: 'Listing' });
apiSchemaRegistry.add(WireMatch, { id: 'Match' });
apiSchemaRegistry.add(WireResult, { id: 'ScreeningResult' });
apiSchemaRegistry.add(MatchView, { id: 'StoredMatch' });
apiSchemaRegistry.add(IngestRunView, { id: 'IngestRun' });
apiSchemaRegistry.add(RecordProblemView, { id: 'RecordProblem' });
apiSchemaRegistry.add(SweepView, { id: 'Sweep' });
apiSchemaRegistry.add(RecallSummary, { id: 'RecallSummary' });
apiSchemaRegistry.add(Recall, { id: 'Recall' });
apiSchemaRegistry.add(Problem, { id: 'Problem' });

const problemAnswer = (description: string) => ({ description, content: { 'application/problem+json': { schema: Problem } } });

/** Error answers every route may give, as `application/problem+json`. */
export const PROBLEM_RESPONSES = {
  '4xx': problemAnswer('The request was refused: see `code` (RG_ERR_*) and `errors`'),
  '5xx': problemAnswer('The server failed or is not ready'),
} as const;

export function matchView(match: StoredMatch): MatchView {
  return {
    matchId: match.matchId,
    marketplace: match.marketplace,
    listingId: match.id,
    recallId: match.recallId,
    productIndex: match.productIndex,
    recallVersion: match.recallVersion,
    algorithm: match.algorithm,
    score: match.score,
    decision: match.decision,
    status: match.status,
    features: [...match.features],
    createdAt: match.createdAt.toISOString(),
    updatedAt: match.updatedAt.toISOString(),
    withdrawnAt: match.withdrawnAt?.toISOString() ?? null,
  };
}

export function ingestRunView(run: IngestRun): z.infer<typeof IngestRunView> {
  return { ...run, startedAt: run.startedAt.toISOString(), finishedAt: run.finishedAt?.toISOString() ?? null };
}

export function problemViews(problems: readonly { readonly recordId: string; readonly field: string; readonly message: string }[]): z.infer<typeof RecordProblemView>[] {
  return problems.map((problem) => ({ record: problem.recordId, field: problem.field, problem: problem.message }));
}

export function sweepViews(sweeps: readonly SweepStatus[]): z.infer<typeof SweepView>[] {
  return sweeps.map((sweep) => ({ ...sweep }));
}
