import { describe, expect, it } from 'vitest';
import { buildRecallIndex, screenListing, viewListing } from '../index.js';
import { FEATURE_CATALOG } from '../features/index.js';
import { listingOf, recallOf } from '../testing/factories.js';
import { algorithmFromFit, chooseThresholds, fitAlgorithm, fitLogistic, FittedAlgorithm, predictLogistic, type LabelledPair } from './index.js';

describe('fitLogistic', () => {
  it('recovers the direction and rough size of known weights from sampled data', () => {
    let seed = 42;
    const uniform = (): number => {
      seed = (seed * 1664525 + 1013904223) % 4294967296;
      return seed / 4294967296;
    };
    const rows = Array.from({ length: 4000 }, () => {
      const [a, b, u] = [uniform(), uniform(), uniform()];
      const p = 1 / (1 + Math.exp(-(-1 + 4 * a - 3 * b)));
      return { x: [a, b], y: (u < p ? 1 : 0) as 0 | 1 };
    });
    const model = fitLogistic(rows, { l2: 0.01 });
    expect(model.weights[0]).toBeGreaterThan(3);
    expect(model.weights[0]).toBeLessThan(5);
    expect(model.weights[1]).toBeLessThan(-2);
    expect(model.weights[1]).toBeGreaterThan(-4);
    expect(model.intercept).toBeGreaterThan(-1.6);
    expect(model.intercept).toBeLessThan(-0.4);
  });

  it('stays finite on perfectly separable data thanks to the L2 penalty', () => {
    const model = fitLogistic([{ x: [1], y: 1 }, { x: [1], y: 1 }, { x: [0], y: 0 }, { x: [0], y: 0 }], { l2: 1 });
    expect(Number.isFinite(model.weights[0])).toBe(true);
    expect(predictLogistic(model, [1])).toBeGreaterThan(0.5);
    expect(predictLogistic(model, [0])).toBeLessThan(0.5);
  });
});

describe('chooseThresholds', () => {
  const scored = [
    { score: 0.95, label: 1 }, { score: 0.9, label: 1 }, { score: 0.85, label: 1 }, { score: 0.8, label: 0 },
    { score: 0.7, label: 1 }, { score: 0.4, label: 0 }, { score: 0.3, label: 1 }, { score: 0.1, label: 0 },
  ] as const;

  it('puts block where precision reaches the target and review where recall still does', () => {
    expect(chooseThresholds(scored, { blockPrecision: 1, reviewRecall: 1 })).toMatchObject({ block: 0.85, review: 0.3 });
    expect(chooseThresholds(scored, { blockPrecision: 0.75, reviewRecall: 0.8 })).toMatchObject({ block: 0.7, review: 0.7 });
  });

  it('blocks nothing when no score is precise enough', () => {
    expect(chooseThresholds([{ score: 0.9, label: 0 }, { score: 0.5, label: 1 }], { blockPrecision: 0.98 }).block).toBe(1);
  });
});

describe('fitAlgorithm and algorithmFromFit', () => {
  const recalls = [
    recallOf('cpsc:f1', { name: 'Anker PowerCore 10000 Power Bank', brands: ['Anker'], modelNumbers: ['A1263'], gtins: ['012345678905'] }),
    recallOf('cpsc:f2', { name: 'gb Qbit Lightweight Stroller', brands: ['gb'], modelNumbers: ['10AW1G-AQU2U'] }),
    recallOf('cpsc:f3', { name: 'Baseus 65W 30000mAh Power Bank', brands: ['Baseus'], modelNumbers: ['BS-30KP365'] }),
  ];
  const index = buildRecallIndex(recalls);
  const pair = (title: string, productId: number, label: 0 | 1, extra = {}): LabelledPair => ({ listing: viewListing(listingOf(title, extra)), product: index.products[productId]!, label });
  const train = [
    pair('Anker A1263 power bank', 0, 1), pair('Anker PowerCore A-1263', 0, 1), pair('AI263 10000mAh', 0, 1), pair('charger', 0, 1, { gtins: ['012345678905'] }),
    pair('Qbit stroller 10AW1G-AQU2U', 1, 1), pair('Baseus BS30KP365', 2, 1), pair('倍思 BS-30KP365 充电宝', 2, 1),
    pair('Anker A1264 power bank', 0, 0), pair('Case for Anker A1263', 0, 0), pair('Baseus BS-30KP366', 2, 0), pair('stroller', 1, 0),
    pair('Anker PowerCore 20000 A1268', 0, 0), pair('kitchen knife', 0, 0), pair('Baseus cable for BS-30KP365', 2, 0),
  ];
  const fit = fitAlgorithm({
    name: 'rg-v2-test', description: 'test fit', features: [...FEATURE_CATALOG.values()], train, validation: train,
    context: index.context, sources: ['hand-made pairs'], l2: 0.5,
  });

  it('stores a valid, reviewable fit with provenance', () => {
    expect(FittedAlgorithm.parse(JSON.parse(JSON.stringify(fit)))).toEqual(fit);
    expect(fit.provenance.pairs).toEqual({ positive: 7, negative: 7 });
    expect(fit.weights['model_exact']).toBeGreaterThan(0);
    expect(fit.weights['accessory']).toBeLessThan(0);
  });

  it('becomes an algorithm with positive weights first and a logistic score', () => {
    const algorithm = algorithmFromFit(fit);
    const signs = algorithm.features.map((entry) => Math.sign(entry.weight));
    expect(signs).toEqual([...signs].sort((a, b) => b - a));
    const fitted = buildRecallIndex(recalls, { algorithm: algorithm });
    const result = screenListing(fitted, listingOf('Anker A1263 power bank 10000mAh'));
    expect(result.matches[0]?.recallId).toBe('cpsc:f1');
    expect(screenListing(fitted, listingOf('Silicone case for Anker A1263')).decision).not.toBe('block');
  });

  it('refuses a fit that names an unknown feature', () => {
    expect(() => algorithmFromFit({ ...fit, weights: { ...fit.weights, telepathy: 1 } })).toThrow(/unknown feature "telepathy"/);
  });
});
