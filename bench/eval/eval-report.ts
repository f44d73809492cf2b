import { ANCHORS } from './anchors.js';
import { EM_DATASETS } from './em-benchmark.js';
import type { EvalResult } from './eval-result.js';
import { HARD_NEGATIVE_KINDS, NEGATIVE_KINDS, POSITIVE_KINDS } from './suite-case.js';
import type { KindSummary } from './suite-scoring.js';

const percent = (value: number | undefined): string => (value === undefined ? '–' : (value * 100).toFixed(1));
const anchor = (value: number | undefined): string => (value === undefined ? '–' : value.toFixed(1));

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] as number) : cell.padStart(widths[i] as number))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * Ours beside the published anchors (test F1, percent), then our precision, recall and threshold.
 * @example console.log(formatBenchmarks(result));
 */
export function formatBenchmarks(result: EvalResult): string {
  const present = EM_DATASETS.filter(({ key }) => result.benchmarks[key]);
  if (present.length === 0) return 'EM benchmarks: skipped';
  const rows = [
    [`${result.algorithm} (ours)`, ...present.map(({ key }) => percent(result.benchmarks[key]?.f1))],
    ...ANCHORS.map((system) => [system.system, ...present.map(({ key }) => anchor(system.f1[key]))]),
  ];
  const detail = present.map(({ key }) => {
    const bench = result.benchmarks[key];
    if (!bench) return [key];
    return [key, percent(bench.precision), percent(bench.recall), percent(bench.f1), bench.threshold.toFixed(3), percent(bench.validF1), percent(bench.atReview.f1)];
  });
  return [
    'EM benchmarks: test F1 (%), threshold chosen on valid',
    table(['system', ...present.map(({ key }) => key)], rows),
    '',
    table(['dataset', 'P', 'R', 'F1', 'threshold', 'valid F1', `F1 @ review`], detail),
  ].join('\n');
}

function kindRow(kind: string, summary: KindSummary | undefined): string[] {
  if (!summary) return [kind];
  const counts = [String(summary.count), String(summary.block), String(summary.review), String(summary.clear)];
  return summary.positive
    ? [kind, ...counts, percent(summary.recallAtReview), percent(summary.recallAtBlock), percent(summary.precisionAtBlock), '', '']
    : [kind, ...counts, '', '', '', percent(summary.fpr), percent(summary.blockFpr)];
}

/**
 * Per-kind table of the screening suite and its headline numbers.
 * @example console.log(formatScreening(result));
 */
export function formatScreening(result: EvalResult): string {
  const screening = result.screening;
  if (!screening) return 'Screening suite: skipped';
  const kinds = [...POSITIVE_KINDS, 'hand-positive', ...NEGATIVE_KINDS, 'hand-negative'];
  const rows = kinds.filter((kind) => screening.byKind[kind]).map((kind) => kindRow(kind, screening.byKind[kind]));
  const header = ['kind', 'n', 'block', 'review', 'clear', 'R@review', 'R@block', 'P@block', 'FPR', 'block FPR'];
  const { counts } = screening;
  return [
    `Screening suite: ${counts.listings} listings (${counts.positives} recalled, ${counts.hardNegatives} hard negatives, ` +
      `${counts.background} background, ${counts.hand} hand-written) against ${screening.corpus.recalls} recalls, seed ${screening.seed}`,
    table(header, rows),
    '',
    `recall at review ${percent(screening.recallAtReview)}%   precision at block ${percent(screening.precisionAtBlock)}%   ` +
      `hard-negative FPR ${percent(screening.hardNegativeFpr)}% (block only ${percent(screening.hardNegativeBlockFpr)}%; ` +
      `kinds ${HARD_NEGATIVE_KINDS.join(', ')}, hand negatives)   background FPR ${percent(screening.backgroundFpr)}%`,
    `  of which: recall at review ${percent(screening.strata.recallAtReviewWithIdentifier)}% on the ${screening.strata.positivesWithIdentifier} ` +
      `listings of recalls with a model number or barcode, ${percent(screening.strata.recallAtReviewNameOnly)}% on the ` +
      `${screening.strata.positivesNameOnly} of recalls known by name only; hard-negative FPR ${percent(screening.strata.hardNegativeFprVerifiable)}% ` +
      `without the ${screening.strata.unverifiableFlagged} flagged on another recall that lists no model numbers (which may cover them)`,
  ].join('\n');
}

/**
 * Per EM dataset, what the rg-v2 protocol chose on valid: mapping, L2 penalty, valid F1 of every variant.
 * @example console.log(formatEmFits(result));
 */
export function formatEmFits(result: EvalResult): string {
  const rows = EM_DATASETS.flatMap(({ key }) => {
    const fit = result.benchmarks[key]?.fit;
    if (!fit) return [];
    const tried = fit.tried
      .map((variant) => `${variant.modelsFromTitle ? 'title' : 'field'}/${variant.l2}${variant.candidateRank ? '/rank' : ''}: ${percent(variant.validF1)}`)
      .join(', ');
    return [[key, fit.modelsFromTitle ? 'models from title' : 'model field only', String(fit.l2), fit.candidateRank ? 'yes' : 'no', tried]];
  });
  return rows.length === 0 ? '' : ['EM per-dataset fits (chosen on valid F1)', table(['dataset', 'mapping', 'l2', 'ranking', 'valid F1 tried'], rows)].join('\n');
}

/**
 * The fitted algorithm beside the default one on the same suite split: the three headline numbers.
 * @example console.log(formatSideBySide(result));
 */
export function formatSideBySide(result: EvalResult): string {
  const ours = result.screening;
  const base = result.baseline?.screening;
  if (!ours || !base) return '';
  const row = (name: string, screening: typeof ours): string[] => [
    name, percent(screening.recallAtReview), percent(screening.precisionAtBlock), percent(screening.hardNegativeFpr),
    percent(screening.hardNegativeBlockFpr), percent(screening.backgroundFpr),
  ];
  return [
    `Screening suite, ${ours.split ?? 'all'} split (${ours.counts.listings} listings): ${result.algorithm} beside ${result.baseline?.algorithm}`,
    table(['algorithm', 'R@review', 'P@block', 'hard FPR', 'hard block FPR', 'background FPR'], [row(result.algorithm, ours), row(result.baseline?.algorithm ?? '', base)]),
  ].join('\n');
}
