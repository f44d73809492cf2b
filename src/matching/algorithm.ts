import { z } from 'zod';
import type { ListingView } from './listing-view.js';
import type { ProductView } from './product-view.js';
import type { TokenStats } from './token-stats.js';

/** What a feature found: a score in [0, 1] and the values it compared on each side. */
export interface FeatureOutcome {
  readonly score: number;
  readonly detail: string;
}

/** Corpus-wide facts a feature may use, fixed when the index is built. */
export interface MatchContext {
  readonly stats: TokenStats;
  /** How many recall products carry a model key: a key shared by many identifies little. */
  readonly modelFrequency: (key: string) => number;
  /** On how many recalls a compact brand key is (the recall's own firms when a product names no brand). */
  readonly brandRecalls: (key: string) => number;
  /** IDF of each of a product's `nameTokens`, in order, computed once. */
  readonly nameIdfs: (product: ProductView) => Float64Array;
}

/**
 * A feature: a small pure comparison of a listing with a recall product. `undefined` means it did not fire.
 * Its `description` is its public documentation.
 */
export interface Feature {
  readonly name: string;
  readonly description: string;
  readonly compare: (listing: ListingView, product: ProductView, context: MatchContext) => FeatureOutcome | undefined;
}

export const Thresholds = z
  .object({ block: z.number().min(0).max(1), review: z.number().min(0).max(1) })
  .refine((thresholds) => thresholds.block >= thresholds.review, { message: 'block must be >= review', path: ['block'] });
export type Thresholds = z.infer<typeof Thresholds>;

/**
 * How the weighted feature scores become a score in [0, 1]: clipped to [0, 1] (hand-weighted algorithms), or
 * through the logistic function after an intercept (fitted algorithms, where a sum is log-odds).
 */
export const Combination = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('clipped-sum') }),
  z.object({ kind: z.literal('logistic'), intercept: z.number() }),
]);
export type Combination = z.infer<typeof Combination>;

/** A declared, versioned scoring algorithm: weighted features and decision thresholds. Never changed in place. */
export interface Algorithm {
  readonly name: string;
  readonly description: string;
  /** Positive weights first: scoring skips the negative ones once a pair cannot reach `review`. */
  readonly features: readonly { readonly feature: Feature; readonly weight: number }[];
  readonly thresholds: Thresholds;
  /** Default: clipped sum. */
  readonly combination?: Combination;
}

/** The score of a weighted feature sum under a combination. */
export function scoreOfTotal(combination: Combination | undefined, total: number): number {
  if (combination?.kind === 'logistic') return 1 / (1 + Math.exp(-(combination.intercept + total)));
  return Math.min(1, Math.max(0, total));
}
