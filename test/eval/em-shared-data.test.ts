import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EM_DATASETS, buildEmIndex, missingSplitFiles, readEmDataset } from '../../bench/eval/em-benchmark.js';
import { referenceDataDir } from '../../bench/lib/recall-corpus.js';

const ROOT = join(referenceDataDir(), 'em-benchmarks');
const absent = EM_DATASETS.some(({ folder }) => missingSplitFiles(join(ROOT, folder)).length > 0);
if (absent) console.log(`EM benchmark file tests skipped: reference data not found in ${ROOT} (set RECALLGUARD_DATA)`);

// Pair and match counts as the reference data's README gives them.
const EXPECTED: Readonly<Record<string, readonly [number, number][]>> = {
  'abt-buy': [[5743, 616], [1916, 206], [1916, 206]],
  'walmart-amazon': [[6144, 576], [2049, 193], [2049, 193]],
  'amazon-google': [[6874, 699], [2293, 234], [2293, 234]],
};

describe.skipIf(absent)('EM benchmark files', () => {
  it.each(EM_DATASETS.map(({ key, folder }) => [key, folder] as const))('%s parses without a bad line, with the published counts', async (key, folder) => {
    const dataset = await readEmDataset(key, join(ROOT, folder));
    expect(dataset.problems).toEqual([]);
    const counts = (['train', 'valid', 'test'] as const).map((split) => [dataset.splits[split].length, dataset.splits[split].filter((p) => p.match).length]);
    expect(counts).toEqual(EXPECTED[key]);
    const { index, productOf } = buildEmIndex(dataset);
    expect(index.products.length).toBe(productOf.size);
    const someRight = dataset.splits.test[0]!;
    expect(index.products[productOf.get(someRight.rightKey)!]?.recall.id).toMatch(new RegExp(`^em:${key}-r\\d+$`));
  });
});
