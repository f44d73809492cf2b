import { beforeAll, describe, expect, it } from 'vitest';
import { buildRecallIndex, type RecallIndex } from '../../src/matching/index.js';
import type { Recall } from '../../src/recalls/index.js';
import { listingOf, recallOf } from '../../src/matching/testing/factories.js';
import { RecallGroups } from '../../bench/eval/recall-groups.js';
import { generateSuite } from '../../bench/eval/screening-suite.js';
import { labelledPairs, suiteCandidates } from '../../bench/eval/suite-pairs.js';
import { splitOfKey, splitSuite, suiteSplitKey, type SuiteSplit } from '../../bench/eval/suite-split.js';
import type { SuiteCase } from '../../bench/eval/suite-case.js';
import { loadCpscCorpus, missingCorpusFiles, referenceDataDir } from '../../bench/lib/recall-corpus.js';

const caseOf = (id: string, recallId?: string): SuiteCase => ({
  listing: listingOf(`listing ${id}`, { id }),
  kind: recallId ? 'verbatim' : 'unrelated',
  positive: recallId !== undefined,
  ...(recallId ? { recallId } : {}),
  origin: 'generated',
});

describe('suite split', () => {
  it('spreads keys about 60/20/20 and always the same way', () => {
    const counts: Record<SuiteSplit, number> = { train: 0, valid: 0, test: 0 };
    for (let i = 0; i < 5000; i += 1) counts[splitOfKey(`l:eval-${i}`)] += 1;
    expect(counts.train / 5000).toBeGreaterThan(0.55);
    expect(counts.train / 5000).toBeLessThan(0.65);
    expect(counts.valid / 5000).toBeGreaterThan(0.16);
    expect(counts.test / 5000).toBeGreaterThan(0.16);
    expect(splitOfKey('l:eval-42')).toBe(splitOfKey('l:eval-42'));
  });

  it('keys two records of one recall alike, whichever is named', () => {
    const slug = 'https://www.cpsc.gov/Recalls/2025/Acme-Recalls-Heaters';
    const groups = new RecallGroups([
      recallOf('cpsc:b-copy', { name: 'Acme heater' }, { url: slug }),
      recallOf('cpsc:a-main', { name: 'Acme heater' }, { url: slug }),
      recallOf('cpsc:other', { name: 'Other kettle' }),
    ]);
    expect(suiteSplitKey(caseOf('1', 'cpsc:b-copy'), groups)).toBe('g:cpsc:a-main');
    expect(suiteSplitKey(caseOf('2', 'cpsc:a-main'), groups)).toBe('g:cpsc:a-main');
    expect(suiteSplitKey(caseOf('3'), groups)).toBe('l:3');
  });
});

describe('suite pairs', () => {
  it('labels candidates by recall group and adds a true product candidate generation missed', () => {
    const recalls = [
      recallOf('cpsc:x1', { name: 'Zorbix Q7 Space Heater', brands: ['Zorbix'], modelNumbers: ['ZQ-7788'] }),
      recallOf('cpsc:x2', { name: 'Zorbix Kettle', brands: ['Zorbix'], modelNumbers: ['ZK-1200'] }),
    ];
    const index = buildRecallIndex(recalls);
    const groups = new RecallGroups(recalls);
    const [found, missed] = suiteCandidates(index, [{ ...caseOf('a', 'cpsc:x1'), listing: listingOf('Zorbix ZQ-7788 space heater', { id: 'a' }) }, { ...caseOf('b', 'cpsc:x2'), listing: listingOf('stainless steel pot', { id: 'b' }) }], groups);
    expect(found?.candidates.find((c) => c.product.recall.id === 'cpsc:x1')?.label).toBe(1);
    expect(found?.candidates.find((c) => c.product.recall.id === 'cpsc:x2')?.label).toBe(0);
    expect(found?.missedTruth).toBeUndefined();
    expect(missed?.candidates).toEqual([]);
    expect(missed?.missedTruth?.recall.id).toBe('cpsc:x2');
    expect(labelledPairs([missed!]).map((pair) => pair.label)).toEqual([1]);
  });
});

const DATA = referenceDataDir();
const absent = missingCorpusFiles(DATA).length > 0;
if (absent) console.log(`suite split leak test skipped: reference data not found in ${DATA} (set RECALLGUARD_DATA)`);

describe.skipIf(absent)('suite split on the CPSC corpus', () => {
  let recalls: readonly Recall[];
  let index: RecallIndex;

  beforeAll(async () => {
    recalls = (await loadCpscCorpus(DATA)).recalls;
    index = buildRecallIndex(recalls);
  }, 60_000);

  it('never puts one recall group in two splits', () => {
    const groups = new RecallGroups(recalls);
    const cases = generateSuite(recalls, index, { seed: 3, size: { withBarcode: 30, withModel: 60, nameOnly: 30, unrelated: 40 } });
    const splits = splitSuite(cases, groups);
    const seen = new Map<string, SuiteSplit>();
    for (const split of ['train', 'valid', 'test'] as const) {
      expect(splits[split].length).toBeGreaterThan(0);
      for (const suiteCase of splits[split]) {
        if (!suiteCase.recallId) continue;
        const group = groups.groupOf(suiteCase.recallId);
        expect(seen.get(group) ?? split, `${suiteCase.recallId} in two splits`).toBe(split);
        seen.set(group, split);
      }
    }
  });
});
