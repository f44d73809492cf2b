import type { Listing } from '../../src/listings/index.js';
import { EVASION_NAMES } from '../lib/evasions.js';

/** Kinds of listing that are a recalled product: the bench's evasions (`verbatim` is the exact listing). */
export const POSITIVE_KINDS = EVASION_NAMES;

/** Kinds of listing that are not a recalled product but look like one (or, for `unrelated`, do not). */
export const NEGATIVE_KINDS = ['same-brand-other-model', 'near-model', 'accessory', 'same-type-other-brand', 'unrelated'] as const;

export type PositiveKind = (typeof POSITIVE_KINDS)[number];
export type NegativeKind = (typeof NEGATIVE_KINDS)[number];
export type SuiteKind = PositiveKind | NegativeKind;

/** Negative kinds counted in the hard-negative false-positive rate; `unrelated` is background, reported apart. */
export const HARD_NEGATIVE_KINDS: readonly NegativeKind[] = ['same-brand-other-model', 'near-model', 'accessory', 'same-type-other-brand'];

/** One listing of the screening suite and what is true of it. */
export interface SuiteCase {
  readonly listing: Listing;
  readonly kind: SuiteKind;
  /** Whether the listing is a recalled product. */
  readonly positive: boolean;
  /** Positives: the recall it shows. Hard negatives: the recall it was made to resemble. */
  readonly recallId?: string;
  readonly origin: 'generated' | 'hand';
  /** Hand cases: what makes the case hard, in a few words. */
  readonly note?: string;
}

/** Hands out listing ids `eval-000001`, `eval-000002`… in order. */
export type NextId = () => string;

/**
 * A fresh id sequence with the given prefix.
 * @example const nextId = idSequence('eval-'); nextId() // 'eval-000001'
 */
export function idSequence(prefix: string): NextId {
  let count = 0;
  return () => {
    count += 1;
    return `${prefix}${String(count).padStart(6, '0')}`;
  };
}

/** @example isPositiveKind('homoglyphs') // true */
export function isPositiveKind(kind: string): kind is PositiveKind {
  return (POSITIVE_KINDS as readonly string[]).includes(kind);
}
