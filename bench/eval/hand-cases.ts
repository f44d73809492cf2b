import type { Listing } from '../../src/listings/index.js';
import { HAND_NEGATIVES } from './hand-cases-negative.js';
import { HAND_POSITIVES } from './hand-cases-positive.js';
import type { SuiteCase, SuiteKind } from './suite-case.js';

/** Listing fields a hand case may set beside its title. */
export type HandFields = Partial<Pick<Listing, 'brand' | 'model' | 'gtins' | 'description' | 'category'>>;

/**
 * A listing written by hand against the facts of a real recall (recall number, brand, model numbers, barcodes
 * as the reference data gives them). Positives are the recalled product; negatives only resemble it.
 */
export interface HandCase {
  /** The recall whose facts the case uses: the recalled product (positives) or the one it resembles. */
  readonly recall: string;
  readonly kind: SuiteKind;
  readonly title: string;
  readonly fields?: HandFields;
  /** What makes the case hard, in a few words. */
  readonly note: string;
}

/**
 * A hand case in one line.
 * @example hand('cpsc:23026', 'verbatim', 'Horizon Fitness T101-05 Folding Treadmill', 'plain')
 */
export function hand(recall: string, kind: SuiteKind, title: string, note: string, fields: HandFields = {}): HandCase {
  return { recall, kind, title, fields, note };
}

function toSuiteCase(handCase: HandCase, positive: boolean, id: string): SuiteCase {
  return {
    listing: { id, title: handCase.title, ...handCase.fields },
    kind: handCase.kind,
    positive,
    recallId: handCase.recall,
    origin: 'hand',
    note: handCase.note,
  };
}

/**
 * Every hand-written case as suite listings, positives first, ids `hand-001`…
 * @example handCases().filter((c) => c.positive).length
 */
export function handCases(): SuiteCase[] {
  const labelled = [...HAND_POSITIVES.map((c) => [c, true] as const), ...HAND_NEGATIVES.map((c) => [c, false] as const)];
  return labelled.map(([handCase, positive], i) => toSuiteCase(handCase, positive, `hand-${String(i + 1).padStart(3, '0')}`));
}

/**
 * The recalls hand cases cite that the corpus does not hold (none when the reference data is complete).
 * @example missingHandRecalls(new Set(recalls.map((r) => r.id))) // []
 */
export function missingHandRecalls(known: ReadonlySet<string>): string[] {
  return [...new Set([...HAND_POSITIVES, ...HAND_NEGATIVES].map((c) => c.recall))].filter((id) => !known.has(id));
}
