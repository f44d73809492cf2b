import { scorePair, viewListing, type RecallIndex, type RecallMatch } from '../../src/matching/index.js';
import type { RecallGroups } from './recall-groups.js';
import type { CaseOutcome } from './suite-scoring.js';

/** Why a recalled listing was not matched to its recall. */
export type MissCause = 'no-candidate' | 'below-review' | 'crowded-out';

/** One error of the suite, with what fired, for the error analysis. */
export interface ErrorSample {
  readonly kind: string;
  readonly origin: string;
  readonly title: string;
  readonly brand?: string;
  readonly model?: string;
  readonly gtins?: readonly string[];
  readonly truth?: string;
  readonly decision: string;
  /**
   * The best match, its score and the features that fired; whether it is (a record of) the recall the listing
   * shows or resembles, and whether that recalled product lists model numbers (without them, model evidence
   * cannot speak against a match).
   */
  readonly matched?: {
    readonly recallId: string;
    readonly score: number;
    readonly features: readonly string[];
    readonly sameRecall: boolean;
    readonly productHasModels: boolean;
  };
  /** Misses: why, and the true recall's best full score (every feature evaluated) with its features. */
  readonly miss?: { readonly cause: MissCause; readonly score: number; readonly features: readonly string[] };
}

const EVERY_FEATURE = { review: 0, block: 0 } as const;

/**
 * Looks into errors: a recalled listing not matched (was its recall a candidate at all? what did the pair
 * score with every feature evaluated?) and a negative that was flagged (what fired on its best match).
 * @example const samples = outcomes.flatMap((o) => new ErrorInspector(index, groups).sample(o) ?? []);
 */
export class ErrorInspector {
  private readonly productsByRecall = new Map<string, number[]>();

  constructor(
    private readonly index: RecallIndex,
    private readonly groups: RecallGroups,
  ) {
    for (const product of index.products) {
      const ids = this.productsByRecall.get(product.recall.id);
      if (ids) ids.push(product.id);
      else this.productsByRecall.set(product.recall.id, [product.id]);
    }
  }

  /**
   * The sample for an outcome that is an error, `undefined` for a correct one.
   * @example inspector.sample(outcome)?.miss?.cause // 'no-candidate'
   */
  sample(outcome: CaseOutcome): ErrorSample | undefined {
    const { suiteCase } = outcome;
    const { listing } = suiteCase;
    const isError = suiteCase.positive ? !outcome.found : outcome.decision !== 'clear';
    if (!isError) return undefined;
    const top = outcome.matches[0];
    return {
      kind: suiteCase.kind,
      origin: suiteCase.origin,
      title: listing.title,
      ...(listing.brand ? { brand: listing.brand } : {}),
      ...(listing.model ? { model: listing.model } : {}),
      ...(listing.gtins ? { gtins: listing.gtins } : {}),
      ...(suiteCase.recallId ? { truth: suiteCase.recallId } : {}),
      decision: outcome.decision,
      ...(top ? { matched: this.matched(top, suiteCase.recallId) } : {}),
      ...(suiteCase.positive && suiteCase.recallId ? { miss: this.miss(outcome, suiteCase.recallId) } : {}),
    };
  }

  private matched(top: RecallMatch, recallId: string | undefined): NonNullable<ErrorSample['matched']> {
    return {
      recallId: top.recallId,
      score: top.score,
      features: top.features.map(describe),
      sameRecall: recallId !== undefined && this.groups.same(recallId, top.recallId),
      productHasModels: (this.index.product(top.recallId, top.productIndex)?.models.length ?? 0) > 0,
    };
  }

  private miss(outcome: CaseOutcome, truth: string): NonNullable<ErrorSample['miss']> {
    const productIds = this.groups.members(truth).flatMap((id) => this.productsByRecall.get(id) ?? []);
    const candidates = new Set(this.index.candidates(viewListing(outcome.suiteCase.listing, this.index.viewOptions)));
    let best = { score: -1, features: [] as string[] };
    for (const id of productIds) {
      const result = scorePair(this.index, outcome.suiteCase.listing, id, EVERY_FEATURE);
      if (result.score > best.score) best = { score: result.score, features: result.features.map(describe) };
    }
    const review = this.index.algorithm.thresholds.review;
    const cause: MissCause = !productIds.some((id) => candidates.has(id)) ? 'no-candidate' : best.score >= review ? 'crowded-out' : 'below-review';
    return { cause, score: Math.max(0, best.score), features: best.features };
  }
}

function describe(feature: { readonly name: string; readonly score: number; readonly detail: string }): string {
  return `${feature.name} ${feature.score > 0 ? '+' : ''}${feature.score}: ${feature.detail}`;
}
