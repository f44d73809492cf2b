import { buildRecallIndex } from '../../src/matching/index.js';
import { loadCpscCorpus, missingCorpusFiles } from '../lib/recall-corpus.js';
import { ErrorInspector, type ErrorSample } from './error-samples.js';
import { errorCauses, type ScreeningResultJson } from './eval-result.js';
import { handCases, missingHandRecalls } from './hand-cases.js';
import { RecallGroups } from './recall-groups.js';
import { generateSuite, type SuiteSize } from './screening-suite.js';
import { screenSuite, summariseSuite } from './suite-scoring.js';
import { splitSuite, type SuiteSplit } from './suite-split.js';
import { suiteStrata } from './suite-strata.js';

export interface ScreeningEvalOptions {
  readonly seed: number;
  readonly algorithm?: string;
  readonly size?: SuiteSize;
  /** Screen only this split of the suite (by recall group, see suite-split.ts); default every listing. */
  readonly split?: SuiteSplit;
  readonly log?: (message: string) => void;
}

export type ScreeningEvalRun =
  | { readonly ran: true; readonly screening: ScreeningResultJson; readonly samples: readonly ErrorSample[]; readonly notes: readonly string[] }
  | { readonly ran: false; readonly reason: string };

/**
 * The recall-screening suite on the product path: the whole CPSC corpus indexed, every suite listing through
 * `screenListing`, each outcome checked against its truth, every error looked into.
 * @example const run = await runScreeningEval(referenceDataDir(), { seed: 1 });
 */
export async function runScreeningEval(dataDir: string, options: ScreeningEvalOptions): Promise<ScreeningEvalRun> {
  const missing = missingCorpusFiles(dataDir);
  if (missing.length > 0) return { ran: false, reason: `screening suite skipped: reference data not found (${missing.join(', ')})` };
  const log = options.log ?? (() => undefined);
  log('screening suite: reading the CPSC corpus…');
  const corpus = await loadCpscCorpus(dataDir);
  const index = buildRecallIndex(corpus.recalls, options.algorithm ? { algorithm: options.algorithm } : {});
  const groups = new RecallGroups(corpus.recalls);
  const absent = new Set(missingHandRecalls(new Set(corpus.recalls.map((recall) => recall.id))));
  const notes = absent.size > 0 ? [`hand cases left out, their recall is not in the corpus: ${[...absent].join(', ')}`] : [];
  const hand = handCases().filter((suiteCase) => !absent.has(suiteCase.recallId ?? ''));
  const all = [...generateSuite(corpus.recalls, index, { seed: options.seed, ...(options.size ? { size: options.size } : {}) }), ...hand];
  const cases = options.split ? splitSuite(all, groups)[options.split] : all;
  log(`screening suite: ${cases.length} listings…`);
  const outcomes = screenSuite(index, cases, groups);
  const summary = summariseSuite(outcomes);
  const inspector = new ErrorInspector(index, groups);
  const samples = outcomes.flatMap((outcome) => inspector.sample(outcome) ?? []);
  return {
    ran: true,
    screening: {
      recallAtReview: summary.recallAtReview,
      precisionAtBlock: summary.precisionAtBlock,
      hardNegativeFpr: summary.hardNegativeFpr,
      byKind: summary.byKind,
      hardNegativeBlockFpr: summary.hardNegativeBlockFpr,
      backgroundFpr: summary.backgroundFpr,
      hand: summary.hand,
      counts: summary.counts,
      errorCauses: errorCauses(samples),
      strata: suiteStrata(outcomes, samples, corpus.recalls),
      seed: options.seed,
      ...(options.split ? { split: options.split } : {}),
      corpus: { recalls: corpus.recalls.length, products: corpus.products },
    },
    samples,
    notes,
  };
}
