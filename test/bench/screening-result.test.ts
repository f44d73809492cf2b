import { describe, expect, it } from 'vitest';
import { pairedRatios } from '../../bench/lib/screening-result.js';
import { median } from '../../bench/lib/stats.js';

const round = (ms: number) => ({ listings: 1000, ms, checksum: 0 });

describe('pairedRatios', () => {
  it('divides each round’s engine rate by the same round’s raw rate', () => {
    expect(pairedRatios([round(40), round(20)], [round(10), round(10)])).toEqual([0.25, 0.5]);
  });

  it('keeps a slow spell of the machine on both sides of the ratio', () => {
    // the machine runs at half speed in rounds 2 and 3: every round's own ratio is 0.3
    const raw = [round(10), round(20), round(20), round(10)];
    const engine = raw.map((outcome) => round(outcome.ms / 0.3));
    const paired = pairedRatios(engine, raw);
    for (const ratio of paired) expect(ratio).toBeCloseTo(0.3, 12);
    expect(median(paired)).toBeCloseTo(0.3, 12);
  });

  it('pairs only the rounds both sides ran', () => {
    expect(pairedRatios([round(20), round(20), round(20)], [round(10)])).toEqual([0.5]);
  });
});
