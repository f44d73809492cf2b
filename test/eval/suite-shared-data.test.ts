import { beforeAll, describe, expect, it } from 'vitest';
import { buildRecallIndex, type RecallIndex } from '../../src/matching/index.js';
import { modelKey } from '../../src/normalize/index.js';
import type { Recall } from '../../src/recalls/index.js';
import { handCases, missingHandRecalls } from '../../bench/eval/hand-cases.js';
import { RecalledModelKeys } from '../../bench/eval/model-mutation.js';
import { RecallGroups } from '../../bench/eval/recall-groups.js';
import { generateSuite } from '../../bench/eval/screening-suite.js';
import { loadCpscCorpus, missingCorpusFiles, referenceDataDir } from '../../bench/lib/recall-corpus.js';

const DATA = referenceDataDir();
const absent = missingCorpusFiles(DATA).length > 0;
if (absent) console.log(`eval suite tests on the CPSC corpus skipped: reference data not found in ${DATA} (set RECALLGUARD_DATA)`);

const SIZE = { withBarcode: 15, withModel: 30, nameOnly: 15, unrelated: 20 };
const MODEL_KINDS = new Set(['near-model', 'same-brand-other-model']);

describe.skipIf(absent)('screening suite on the CPSC corpus', () => {
  let recalls: readonly Recall[];
  let index: RecallIndex;
  let recalled: RecalledModelKeys;

  beforeAll(async () => {
    recalls = (await loadCpscCorpus(DATA)).recalls;
    index = buildRecallIndex(recalls);
    recalled = new RecalledModelKeys(index);
  }, 60_000);

  it('is deterministic for a seed', () => {
    const first = generateSuite(recalls, index, { seed: 4, size: SIZE });
    expect(JSON.stringify(generateSuite(recalls, index, { seed: 4, size: SIZE }))).toBe(JSON.stringify(first));
  });

  it('gives generated model negatives only model numbers that match no recalled model', () => {
    const cases = generateSuite(recalls, index, { seed: 4, size: SIZE }).filter((c) => MODEL_KINDS.has(c.kind));
    expect(cases.length).toBeGreaterThan(10);
    for (const suiteCase of cases) {
      const written = suiteCase.listing.model ?? (suiteCase.listing.title.split(' ').at(-1) as string);
      expect(recalled.matchesRecalled(modelKey(written)), `${suiteCase.kind}: ${suiteCase.listing.title}`).toBe(false);
    }
  });

  it('derives positives only from recalls of the corpus', () => {
    const ids = new Set(recalls.map((recall) => recall.id));
    const positives = generateSuite(recalls, index, { seed: 4, size: SIZE }).filter((c) => c.positive);
    expect(positives.every((c) => ids.has(c.recallId ?? ''))).toBe(true);
  });

  it('hand cases: at least 60, every cited recall present, no recalled model in a hand negative', () => {
    const cases = handCases();
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(cases.some((c) => c.positive) && cases.some((c) => !c.positive)).toBe(true);
    expect(missingHandRecalls(new Set(recalls.map((recall) => recall.id)))).toEqual([]);
    // Two cases name a recalled model on purpose: one to deny it, one for a size the recall leaves out.
    const onPurpose = /deny|same model/;
    const checked = cases.filter((c) => !c.positive && MODEL_KINDS.has(c.kind) && !onPurpose.test(c.note ?? ''));
    expect(checked.length).toBeGreaterThan(15);
    for (const suiteCase of checked) {
      const models = suiteCase.listing.title.match(/\b[A-Z]{1,5}-?\d[\w.-]*\b/g) ?? [];
      for (const model of models) expect(recalled.isRecalled(modelKey(model)), suiteCase.listing.title).toBe(false);
    }
  });

  it('reads each recall notice once: the sports record stands for its compact twin', () => {
    const groups = new RecallGroups(recalls);
    expect(groups.members('cpsc:26025')).toEqual(['cpsc:26025']);
    expect(recalls.some((recall) => recall.url === recalls.find((r) => r.id === 'cpsc:26025')?.url && recall.id !== 'cpsc:26025')).toBe(false);
  });
});
