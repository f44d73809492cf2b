import { describe, expect, it } from 'vitest';
import { KeyVerifier } from './key-verifier.js';

function counting(known: Record<string, 'admin' | 'reviewer'>) {
  const calls: string[] = [];
  const verify = async (key: string) => {
    calls.push(key);
    const role = known[key];
    return role ? { id: `id-${key}`, role } : undefined;
  };
  return { calls, verify };
}

describe('KeyVerifier', () => {
  it('asks the store once per key within the TTL, and again after it', async () => {
    let now = 1_000;
    const { calls, verify } = counting({ k1: 'admin' });
    const verifier = new KeyVerifier(verify, { ttlMs: 100, maxEntries: 10, now: () => now });
    expect(await verifier.principalOf('k1')).toEqual({ keyId: 'id-k1', role: 'admin' });
    now += 99;
    await verifier.principalOf('k1');
    expect(calls).toEqual(['k1']);
    now += 1;
    await verifier.principalOf('k1');
    expect(calls).toEqual(['k1', 'k1']);
  });

  it('never remembers a failure, so a key created a moment later works at once', async () => {
    const known: Record<string, 'admin' | 'reviewer'> = {};
    const { calls, verify } = counting(known);
    const verifier = new KeyVerifier(verify, { ttlMs: 60_000, maxEntries: 10 });
    expect(await verifier.principalOf('k2')).toBeUndefined();
    known['k2'] = 'reviewer';
    expect(await verifier.principalOf('k2')).toMatchObject({ role: 'reviewer' });
    expect(calls).toEqual(['k2', 'k2']);
  });

  it('shares one verification between concurrent requests with the same key', async () => {
    const { calls, verify } = counting({ k3: 'admin' });
    const verifier = new KeyVerifier(verify, { ttlMs: 60_000, maxEntries: 10 });
    const principals = await Promise.all([verifier.principalOf('k3'), verifier.principalOf('k3'), verifier.principalOf('k3')]);
    expect(calls).toEqual(['k3']);
    expect(new Set(principals.map((principal) => principal?.keyId))).toEqual(new Set(['id-k3']));
  });

  it('drops the oldest entry when full, remembers nothing with a TTL of 0, and forgets all on clear()', async () => {
    const { calls, verify } = counting({ a: 'admin', b: 'admin', c: 'admin' });
    const small = new KeyVerifier(verify, { ttlMs: 60_000, maxEntries: 2 });
    for (const key of ['a', 'b', 'c', 'c', 'b', 'a']) await small.principalOf(key);
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
    small.clear();
    await small.principalOf('b');
    expect(calls.at(-1)).toBe('b');

    calls.length = 0;
    const uncached = new KeyVerifier(verify, { ttlMs: 0, maxEntries: 2 });
    await uncached.principalOf('a');
    await uncached.principalOf('a');
    expect(calls).toEqual(['a', 'a']);
  });
});
