import { describe, expect, it } from 'vitest';
import { runInterleaved, type BenchVariant } from '../../bench/lib/interleaved-rounds.js';

describe('runInterleaved', () => {
  it('rotates the variants and primes each, unmeasured, right before its measured run', async () => {
    const calls: string[] = [];
    const variant = (name: string, primed: boolean): BenchVariant => ({
      name,
      ...(primed ? { prime: async () => void calls.push(`prime ${name}`) } : {}),
      run: async (round) => {
        calls.push(`run ${name} ${round}`);
        return { listings: 10, ms: 1, checksum: round };
      },
    });
    const outcomes = await runInterleaved([variant('a', true), variant('b', false), variant('c', true)], 2);
    expect(calls).toEqual([
      'prime a', 'run a 0', 'run b 0', 'prime c', 'run c 0',
      'run b 1', 'prime c', 'run c 1', 'prime a', 'run a 1',
    ]);
    expect(outcomes.get('a')?.map((outcome) => outcome.checksum)).toEqual([0, 1]);
  });
});
