import type { Recall } from '../../src/recalls/index.js';
import type { ErrorSample } from './error-samples.js';
import { HARD_NEGATIVE_KINDS } from './suite-case.js';
import type { CaseOutcome } from './suite-scoring.js';

/**
 * The suite's rates on the part whose truth the generator can vouch for, beside the whole-suite rates: recalled
 * listings of recalls that publish a model number or barcode apart from those known by name only (a name-only
 * recall re-listed without its brand, or with only a Chinese type word, carries nothing that identifies it), and
 * the hard-negative rate without negatives flagged on *another* recall that lists no model numbers (that recall
 * may cover the listing's model: the generator cannot tell).
 */
export interface SuiteStrata {
  readonly positivesWithIdentifier: number;
  readonly recallAtReviewWithIdentifier: number;
  readonly positivesNameOnly: number;
  readonly recallAtReviewNameOnly: number;
  /** Hard negatives flagged on another recall that lists no model numbers. */
  readonly unverifiableFlagged: number;
  readonly hardNegativeFprVerifiable: number;
}

const HARD: ReadonlySet<string> = new Set(HARD_NEGATIVE_KINDS);

function rate(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

/**
 * Splits the suite's outcomes as {@link SuiteStrata} describes.
 * @example const strata = suiteStrata(outcomes, samples, corpus.recalls);
 */
export function suiteStrata(outcomes: readonly CaseOutcome[], samples: readonly ErrorSample[], recalls: readonly Recall[]): SuiteStrata {
  const identified = new Set(recalls.filter((recall) => recall.products.some((product) => product.modelNumbers.length + product.gtins.length > 0)).map((recall) => recall.id));
  const positives = outcomes.filter((outcome) => outcome.suiteCase.positive);
  const withIdentifier = positives.filter((outcome) => identified.has(outcome.suiteCase.recallId ?? ''));
  const nameOnly = positives.filter((outcome) => !identified.has(outcome.suiteCase.recallId ?? ''));
  const hard = outcomes.filter((outcome) => !outcome.suiteCase.positive && (HARD.has(outcome.suiteCase.kind) || outcome.suiteCase.origin === 'hand'));
  const flagged = hard.filter((outcome) => outcome.decision !== 'clear').length;
  const unverifiable = samples.filter((sample) => !sample.miss && sample.matched && !sample.matched.sameRecall && !sample.matched.productHasModels && (HARD.has(sample.kind) || sample.origin === 'hand')).length;
  return {
    positivesWithIdentifier: withIdentifier.length,
    recallAtReviewWithIdentifier: rate(withIdentifier.filter((outcome) => outcome.found).length, withIdentifier.length),
    positivesNameOnly: nameOnly.length,
    recallAtReviewNameOnly: rate(nameOnly.filter((outcome) => outcome.found).length, nameOnly.length),
    unverifiableFlagged: unverifiable,
    hardNegativeFprVerifiable: rate(flagged - unverifiable, hard.length - unverifiable),
  };
}
