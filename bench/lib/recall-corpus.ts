import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readRecallFiles, type FileReadSummary } from '../../src/feeds/index.js';
import type { Recall } from '../../src/recalls/index.js';
import { projectRoot } from './project-root.js';
import { elapsedMs } from './stats.js';

/** The whole CPSC corpus of the reference data, relative to its folder. */
export const CPSC_CORPUS_FILES: readonly string[] = [
  'cpsc/cpsc-all-9969-compact.json',
  'cpsc/cpsc-sports-885.json',
  'cpsc/cpsc-usagov-3153.json',
];

/** `../shared/data` beside the project root, unless `RECALLGUARD_DATA` names another folder. */
export function referenceDataDir(): string {
  return process.env.RECALLGUARD_DATA ?? resolve(projectRoot(), '..', 'shared', 'data');
}

/** The corpus files missing from `dataDir` (none when the reference data is in place). */
export function missingCorpusFiles(dataDir: string): string[] {
  return CPSC_CORPUS_FILES.map((file) => join(dataDir, file)).filter((path) => !existsSync(path));
}

export interface RecallCorpus {
  readonly recalls: readonly Recall[];
  readonly products: number;
  readonly problems: number;
  readonly files: readonly FileReadSummary[];
  readonly loadMs: number;
}

/**
 * Reads the CPSC corpus through the feed adapters, as `recallguard` itself would.
 * @example const corpus = await loadCpscCorpus(referenceDataDir());
 */
export async function loadCpscCorpus(dataDir: string): Promise<RecallCorpus> {
  const start = process.hrtime.bigint();
  const result = await readRecallFiles(CPSC_CORPUS_FILES.map((file) => join(dataDir, file)));
  return {
    recalls: result.recalls,
    products: result.recalls.reduce((sum, recall) => sum + recall.products.length, 0),
    problems: result.problems.length,
    files: result.files,
    loadMs: elapsedMs(start),
  };
}

/** Every recall product name, the text the fuzzy-search baselines index. */
export function productNames(recalls: readonly Recall[]): string[] {
  return recalls.flatMap((recall) => recall.products.map((product) => product.name));
}
