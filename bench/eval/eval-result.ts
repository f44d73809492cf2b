import type { Anchor } from './anchors.js';
import type { EmBenchmarkResult } from './em-benchmark.js';
import type { EmFitSummary } from './em-fit.js';
import type { ErrorSample, MissCause } from './error-samples.js';
import type { KindSummary, SuiteSummary } from './suite-scoring.js';
import type { SuiteStrata } from './suite-strata.js';

/** Why each error happened, counted per kind. */
export interface ErrorCauses {
  /** Positives not matched to their recall: no candidate, scored below review, or crowded out of the top matches. */
  readonly misses: Readonly<Record<string, Readonly<Partial<Record<MissCause, number>>>>>;
  /** Negatives flagged: the features that fired on the best match, as a sorted `+`-joined signature. */
  readonly falsePositives: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Negatives flagged: which recall the best match is (the resembled one or another) and whether it lists models. */
  readonly falsePositiveTargets: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** The screening part of eval.json: the keys first, then ours. */
export interface ScreeningResultJson {
  readonly recallAtReview: number;
  readonly precisionAtBlock: number;
  readonly hardNegativeFpr: number;
  readonly byKind: Readonly<Record<string, KindSummary>>;
  readonly hardNegativeBlockFpr: number;
  readonly backgroundFpr: number;
  readonly hand: SuiteSummary['hand'];
  readonly counts: SuiteSummary['counts'];
  readonly errorCauses: ErrorCauses;
  /** The same rates on the part of the suite whose truth the generator can vouch for. */
  readonly strata: SuiteStrata;
  readonly seed: number;
  /** Only this split of the suite was screened (fitted algorithms are scored on `test`). */
  readonly split?: string;
  readonly corpus: { readonly recalls: number; readonly products: number };
}

/** `bench/results/eval.json`, in the shape plus context keys. */
export interface EvalResult {
  readonly algorithm: string;
  readonly benchmarks: Readonly<Record<string, EmBenchmarkResult & { readonly fit?: EmFitSummary }>>;
  readonly screening?: ScreeningResultJson;
  /** Fitted algorithms: the default algorithm on the same suite split, for comparison. */
  readonly baseline?: { readonly algorithm: string; readonly screening: ScreeningResultJson };
  readonly anchors: readonly Anchor[];
  /** Up to a few errors of each kind, with what fired: the material of docs/matching.md's error analysis. */
  readonly errorSamples: readonly ErrorSample[];
  readonly skipped: readonly string[];
  readonly command: string;
  readonly generatedAt: string;
  readonly runtimeMs: number;
}

/**
 * Counts of each error's cause, per kind.
 * @example errorCauses(samples).misses['homoglyphs'] // { 'no-candidate': 64, 'below-review': 109 }
 */
export function errorCauses(samples: readonly ErrorSample[]): ErrorCauses {
  const misses: Record<string, Partial<Record<MissCause, number>>> = {};
  const falsePositives: Record<string, Record<string, number>> = {};
  const falsePositiveTargets: Record<string, Record<string, number>> = {};
  for (const sample of samples) {
    const kind = sample.origin === 'hand' ? `hand:${sample.kind}` : sample.kind;
    if (sample.miss) {
      const causes = (misses[kind] ??= {});
      causes[sample.miss.cause] = (causes[sample.miss.cause] ?? 0) + 1;
    } else if (sample.matched) {
      const signature = [...new Set(sample.matched.features.map((feature) => feature.split(' ')[0] as string))].sort().join('+');
      const signatures = (falsePositives[kind] ??= {});
      signatures[signature] = (signatures[signature] ?? 0) + 1;
      const target = `${sample.matched.sameRecall ? 'resembled' : 'other'} recall, ${sample.matched.productHasModels ? 'lists' : 'no'} models`;
      const targets = (falsePositiveTargets[kind] ??= {});
      targets[target] = (targets[target] ?? 0) + 1;
    }
  }
  return { misses, falsePositives, falsePositiveTargets };
}

/**
 * At most `perKind` samples of each kind, evenly spread over the kind's errors (deterministic).
 * @example keepFew(samples, 5).length // at most 5 per kind
 */
export function keepFew(samples: readonly ErrorSample[], perKind: number): ErrorSample[] {
  const byKind = new Map<string, ErrorSample[]>();
  for (const sample of samples) {
    const key = `${sample.origin}:${sample.kind}`;
    const list = byKind.get(key);
    if (list) list.push(sample);
    else byKind.set(key, [sample]);
  }
  return [...byKind.values()].flatMap((list) => {
    if (list.length <= perKind) return list;
    return Array.from({ length: perKind }, (_, i) => list[Math.floor((i * list.length) / perKind)] as ErrorSample);
  });
}
