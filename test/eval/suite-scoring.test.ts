import { describe, expect, it } from 'vitest';
import { buildRecallIndex } from '../../src/matching/index.js';
import { recallOf } from '../../src/matching/testing/factories.js';
import { RecallGroups } from '../../bench/eval/recall-groups.js';
import type { SuiteCase, SuiteKind } from '../../bench/eval/suite-case.js';
import { screenSuite, summariseKind, summariseSuite } from '../../bench/eval/suite-scoring.js';

// Facts of real CPSC recalls: 26696 (Ritchey forks, sports file) is also in the compact list under its slug;
// 05193 and 08013 both recalled Razor E300 scooters.
const RITCHEY_SLUG = '2026/Ritchey-Design-Recalls-Carbon-Bicycle-Forks-Due-to-Risk-of-Serious-Injury-or-Death-from-Fall-and-Crash-Hazards';
const RECALLS = [
  recallOf('cpsc:26696', { name: 'Ritchey Carbon Fiber Bicycle Forks', brands: ['Ritchey Design'], modelNumbers: ['WCS-C260'] }, {
    url: `https://www.cpsc.gov/Recalls/${RITCHEY_SLUG}`,
  }),
  recallOf(`cpsc:${RITCHEY_SLUG}`, { name: 'Ritchey Carbon Fiber Bicycle Forks', brands: ['Ritchey Design'] }, {
    url: `https://www.cpsc.gov/Recalls/${RITCHEY_SLUG}`,
  }),
  recallOf('cpsc:05193', { name: 'Razor Electric Scooters', brands: ['Razor'], modelNumbers: ['E300', 'E200'] }, { publishedAt: '2005-06-14' }),
  recallOf('cpsc:08013', { name: 'Razor E300 Electric Scooters', brands: ['Razor'], modelNumbers: ['E300'] }, { publishedAt: '2007-10-11' }),
  recallOf('cpsc:t-lamp', { name: 'Lumora Desk Lamp', brands: ['Lumora'], modelNumbers: ['LD-4410'] }),
];
const INDEX = buildRecallIndex(RECALLS);
const GROUPS = new RecallGroups(RECALLS);

const positive = (kind: SuiteKind, title: string, recallId: string): SuiteCase => ({
  listing: { id: title, title },
  kind,
  positive: true,
  recallId,
  origin: 'generated',
});
const negative = (kind: SuiteKind, title: string, recallId?: string, origin: 'generated' | 'hand' = 'generated'): SuiteCase => ({
  listing: { id: title, title },
  kind,
  positive: false,
  ...(recallId ? { recallId } : {}),
  origin,
});

describe('RecallGroups', () => {
  it('joins records of one recall by their notice address, and only those', () => {
    expect(GROUPS.same('cpsc:26696', `cpsc:${RITCHEY_SLUG}`)).toBe(true);
    expect(GROUPS.members('cpsc:26696')).toHaveLength(2);
    expect(GROUPS.same('cpsc:05193', 'cpsc:08013')).toBe(false);
    expect(GROUPS.same('cpsc:unknown', 'cpsc:unknown')).toBe(true);
  });

  it('joins records published the same day that share a model number', () => {
    const groups = new RecallGroups([
      recallOf('cpsc:14702', { name: 'Infinity Green Candelabra LED Bulbs', modelNumbers: ['UDC3CW'] }, { publishedAt: '2013-11-05' }),
      recallOf('cpsc:2014/Infinity-Green-Recalls-Bulbs', { name: 'LED bulbs UDC3CW', modelNumbers: ['UDC3CW'] }, { publishedAt: '2013-11-05' }),
      recallOf('cpsc:t-later', { name: 'LED bulbs UDC3CW', modelNumbers: ['UDC3CW'] }, { publishedAt: '2015-01-01' }),
    ]);
    expect(groups.same('cpsc:14702', 'cpsc:2014/Infinity-Green-Recalls-Bulbs')).toBe(true);
    expect(groups.same('cpsc:14702', 'cpsc:t-later')).toBe(false);
  });
});

describe('screenSuite and its summaries', () => {
  const cases: SuiteCase[] = [
    positive('verbatim', 'Ritchey WCS-C260 carbon fork', 'cpsc:26696'),
    positive('brand-omitted', 'Razor E200 electric scooter', 'cpsc:05193'),
    positive('renamed', 'Kick board, red', 'cpsc:05193'),
    negative('near-model', 'Lumora desk lamp LD-4411', 'cpsc:t-lamp'),
    negative('same-brand-other-model', 'Lumora desk lamp LD-4410 travel edition', 'cpsc:t-lamp', 'hand'),
    negative('unrelated', 'Garden hose 50 ft'),
  ];
  const outcomes = screenSuite(INDEX, cases, GROUPS);

  it('counts a match on another record of the same recall as found', () => {
    expect(outcomes[0]?.found).toBe(true);
    expect(outcomes[0]?.correctBlock).toBe(outcomes[0]?.decision === 'block');
  });

  it('summarises positives by recall and block precision, negatives by false-positive rates', () => {
    const summary = summariseSuite(outcomes);
    const found = outcomes.filter((o) => o.suiteCase.positive && o.found).length;
    expect(summary.recallAtReview).toBeCloseTo(found / 3, 10);
    expect(outcomes[2]?.found).toBe(false);
    expect(summary.counts).toEqual({ listings: 6, positives: 3, hardNegatives: 2, background: 1, hand: 1 });
    expect(summary.byKind['hand-negative']?.count).toBe(1);
    expect(summary.byKind['hand-negative']?.blockFpr).toBe(outcomes[4]?.decision === 'block' ? 1 : 0);
    expect(summary.backgroundFpr).toBe(0);
    const blocked = outcomes.filter((o) => o.decision === 'block');
    expect(summary.precisionAtBlock).toBeCloseTo(blocked.filter((o) => o.correctBlock).length / blocked.length, 10);
  });

  it('computes kind rates from decisions', () => {
    const near = summariseKind(outcomes.filter((o) => o.suiteCase.kind === 'near-model'), false);
    expect(near.count).toBe(1);
    expect(near.fpr).toBe(near.block + near.review);
    expect(near.recallAtReview).toBeUndefined();
    const empty = summariseKind([], true);
    expect(empty).toEqual({ positive: true, count: 0, block: 0, review: 0, clear: 0, recallAtReview: 0, recallAtBlock: 0 });
  });
});
