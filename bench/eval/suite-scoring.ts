import { screenListing, type ListingDecision, type RecallIndex, type RecallMatch } from '../../src/matching/index.js';
import type { RecallGroups } from './recall-groups.js';
import { HARD_NEGATIVE_KINDS, type SuiteCase } from './suite-case.js';

/** How the product path (`screenListing` on the full index) treated one suite listing. */
export interface CaseOutcome {
  readonly suiteCase: SuiteCase;
  readonly decision: ListingDecision;
  readonly matches: readonly RecallMatch[];
  /** Positives: the true recall (or another record of it) is among the matches, all at review or above. */
  readonly found: boolean;
  /** Decided `block`, and a match decided `block` is the true recall. */
  readonly correctBlock: boolean;
}

/**
 * Screens every suite listing with candidates included, as recallguard does, and checks each against its truth.
 * @example const outcomes = screenSuite(index, cases, new RecallGroups(recalls));
 */
export function screenSuite(index: RecallIndex, cases: readonly SuiteCase[], groups: RecallGroups): CaseOutcome[] {
  return cases.map((suiteCase) => {
    const { decision, matches } = screenListing(index, suiteCase.listing);
    const truth = suiteCase.positive ? suiteCase.recallId : undefined;
    const isTrue = (match: RecallMatch): boolean => truth !== undefined && groups.same(truth, match.recallId);
    return {
      suiteCase,
      decision,
      matches,
      found: matches.some(isTrue),
      correctBlock: decision === 'block' && matches.some((match) => match.decision === 'block' && isTrue(match)),
    };
  });
}

/** Counts and rates of one kind (or any group) of suite listings. */
export interface KindSummary {
  readonly positive: boolean;
  readonly count: number;
  readonly block: number;
  readonly review: number;
  readonly clear: number;
  /** Positives: share whose true recall is matched at review or above. */
  readonly recallAtReview?: number;
  /** Positives: share whose true recall is matched at block. */
  readonly recallAtBlock?: number;
  /** Share of the `block` decisions whose block match is the true recall (0 for negatives that were blocked). */
  readonly precisionAtBlock?: number;
  /** Negatives: share decided review or block. */
  readonly fpr?: number;
  /** Negatives: share decided block. */
  readonly blockFpr?: number;
}

const HARD_KINDS: ReadonlySet<string> = new Set(HARD_NEGATIVE_KINDS);
const rate = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

/**
 * The counts and rates of a set of outcomes that are all positives or all negatives.
 * @example summariseKind(outcomes.filter((o) => o.suiteCase.kind === 'near-model'), false).fpr
 */
export function summariseKind(outcomes: readonly CaseOutcome[], positive: boolean): KindSummary {
  const count = outcomes.length;
  const block = outcomes.filter((outcome) => outcome.decision === 'block').length;
  const review = outcomes.filter((outcome) => outcome.decision === 'review').length;
  const correctBlocks = outcomes.filter((outcome) => outcome.correctBlock).length;
  const base = { positive, count, block, review, clear: count - block - review };
  const precisionAtBlock = block > 0 ? { precisionAtBlock: rate(correctBlocks, block) } : {};
  if (positive) {
    const found = outcomes.filter((outcome) => outcome.found).length;
    return { ...base, recallAtReview: rate(found, count), recallAtBlock: rate(correctBlocks, count), ...precisionAtBlock };
  }
  return { ...base, fpr: rate(block + review, count), blockFpr: rate(block, count), ...precisionAtBlock };
}

/** The suite's headline numbers and the per-kind tables. */
export interface SuiteSummary {
  readonly recallAtReview: number;
  readonly precisionAtBlock: number;
  readonly hardNegativeFpr: number;
  readonly hardNegativeBlockFpr: number;
  /** Unrelated background listings decided review or block. */
  readonly backgroundFpr: number;
  readonly byKind: Readonly<Record<string, KindSummary>>;
  /** The hand-written cases alone, by their kind. */
  readonly hand: Readonly<Record<string, KindSummary>>;
  readonly counts: { readonly listings: number; readonly positives: number; readonly hardNegatives: number; readonly background: number; readonly hand: number };
}

function byKind(outcomes: readonly CaseOutcome[]): Record<string, KindSummary> {
  const groups = new Map<string, CaseOutcome[]>();
  for (const outcome of outcomes) {
    const list = groups.get(outcome.suiteCase.kind);
    if (list) list.push(outcome);
    else groups.set(outcome.suiteCase.kind, [outcome]);
  }
  return Object.fromEntries([...groups].map(([kind, list]) => [kind, summariseKind(list, list[0]?.suiteCase.positive ?? false)]));
}

/**
 * Recall at review over every positive, precision at block over every listing decided block, false-positive
 * rates over the hard negatives (generated and hand-written) and, apart, over the unrelated background.
 * Per kind for the generated listings; `hand-positive` and `hand-negative` for the hand-written ones.
 * @example const summary = summariseSuite(screenSuite(index, cases, groups));
 */
export function summariseSuite(outcomes: readonly CaseOutcome[]): SuiteSummary {
  const positives = outcomes.filter((outcome) => outcome.suiteCase.positive);
  const background = outcomes.filter((outcome) => outcome.suiteCase.kind === 'unrelated');
  const hardNegatives = outcomes.filter((outcome) => !outcome.suiteCase.positive && HARD_KINDS.has(outcome.suiteCase.kind));
  const blocked = outcomes.filter((outcome) => outcome.decision === 'block');
  const generated = outcomes.filter((outcome) => outcome.suiteCase.origin === 'generated');
  const hand = outcomes.filter((outcome) => outcome.suiteCase.origin === 'hand');
  const hard = summariseKind(hardNegatives, false);
  return {
    recallAtReview: rate(positives.filter((outcome) => outcome.found).length, positives.length),
    precisionAtBlock: rate(blocked.filter((outcome) => outcome.correctBlock).length, blocked.length),
    hardNegativeFpr: hard.fpr ?? 0,
    hardNegativeBlockFpr: hard.blockFpr ?? 0,
    backgroundFpr: summariseKind(background, false).fpr ?? 0,
    byKind: {
      ...byKind(generated),
      'hand-positive': summariseKind(hand.filter((outcome) => outcome.suiteCase.positive), true),
      'hand-negative': summariseKind(hand.filter((outcome) => !outcome.suiteCase.positive), false),
    },
    hand: byKind(hand),
    counts: {
      listings: outcomes.length,
      positives: positives.length,
      hardNegatives: hardNegatives.length,
      background: background.length,
      hand: hand.length,
    },
  };
}
