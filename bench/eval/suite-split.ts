import type { RecallGroups } from './recall-groups.js';
import type { SuiteCase } from './suite-case.js';

/** The three parts of the screening suite used to fit a scorer: fit, choose thresholds, report once. */
export const SUITE_SPLITS = ['train', 'valid', 'test'] as const;
export type SuiteSplit = (typeof SUITE_SPLITS)[number];

/** Percent of keys in train, then in train + valid; the rest is test. */
const TRAIN_BELOW = 60;
const VALID_BELOW = 80;

/**
 * FNV-1a, 32 bits: a stable hash that does not depend on the order the keys are met.
 * @example stableHash('g:cpsc:26696') === stableHash('g:cpsc:26696') // true
 */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The split of a key: about 60 % train, 20 % valid, 20 % test.
 * @example splitOfKey('l:eval-000001') // 'train' | 'valid' | 'test', the same on every run
 */
export function splitOfKey(key: string): SuiteSplit {
  const bucket = stableHash(key) % 100;
  return bucket < TRAIN_BELOW ? 'train' : bucket < VALID_BELOW ? 'valid' : 'test';
}

/**
 * The key a suite listing is split by: its recall's GROUP (every record of one recall, so no recall is seen
 * in two splits; hard negatives go with the recall they resemble), or its own id when it names no recall.
 * The group is keyed by its smallest member id, which does not depend on the order records were read.
 * @example suiteSplitKey(suiteCase, groups) // 'g:cpsc:26696'
 */
export function suiteSplitKey(suiteCase: SuiteCase, groups: RecallGroups): string {
  if (suiteCase.recallId === undefined) return `l:${suiteCase.listing.id}`;
  const members = groups.members(suiteCase.recallId);
  let smallest = members[0] as string;
  for (const member of members) if (member < smallest) smallest = member;
  return `g:${smallest}`;
}

/**
 * Suite listings by split.
 * @example const { train, valid, test } = splitSuite(cases, groups);
 */
export function splitSuite(cases: readonly SuiteCase[], groups: RecallGroups): Record<SuiteSplit, SuiteCase[]> {
  const splits: Record<SuiteSplit, SuiteCase[]> = { train: [], valid: [], test: [] };
  for (const suiteCase of cases) splits[splitOfKey(suiteSplitKey(suiteCase, groups))].push(suiteCase);
  return splits;
}
