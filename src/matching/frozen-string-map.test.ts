import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FrozenStringMap } from './frozen-string-map.js';

describe('FrozenStringMap', () => {
  it('finds every key it was given and nothing else', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 8 }), { maxLength: 200 }), fc.array(fc.string({ maxLength: 8 }), { maxLength: 50 }), (keys, probes) => {
        const source = new Map(keys.map((key, i) => [key, i]));
        const frozen = FrozenStringMap.from(source);
        expect(frozen.size).toBe(source.size);
        for (const key of [...keys, ...probes]) expect(frozen.get(key)).toBe(source.get(key));
      }),
    );
  });

  it('keeps keys apart whose hashes share a slot', () => {
    // 2,000 keys in a table of 4,096 slots: collisions are certain, every key must still come back as itself
    const source = new Map(Array.from({ length: 2000 }, (_, i) => [`w${i}`, i]));
    const frozen = FrozenStringMap.from(source);
    for (const [key, value] of source) expect(frozen.get(key)).toBe(value);
    expect(frozen.get('w2000')).toBeUndefined();
    expect(frozen.get('')).toBeUndefined();
  });

  it('an empty map answers undefined', () => {
    expect(FrozenStringMap.from(new Map<string, number>()).get('anker')).toBeUndefined();
  });

  it('getRange answers what get answers for the slice, without making it', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 6 }), { maxLength: 60 }), fc.string({ maxLength: 30 }), fc.nat(), fc.nat(), (keys, filler, a, b) => {
        const frozen = FrozenStringMap.from(new Map(keys.map((key, i) => [key, i])));
        const text = `${filler}${keys.join(' ')}${filler}`;
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        expect(frozen.getRange(text, start, end)).toBe(frozen.get(text.slice(start, end)));
        let at = filler.length;
        for (const [i, key] of keys.entries()) {
          expect(frozen.getRange(text, at, at + key.length)).toBe(i);
          at += key.length + 1;
        }
      }),
    );
  });
});

