import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { asciiModelKey, isModelLike, modelDisplay, modelKey } from './model-key.js';
import { isAscii } from './unicode.js';

/** Model numbers with a letter prefix and at least one digit 2-9, so O/0 and I/1 swaps keep them mixed. */
const model = fc.stringMatching(/^[A-Z]{1,4}[0-9]{0,3}[2-9][0-9]{0,3}[A-Z0-9]{0,4}$/);
const INVISIBLES = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
const SEPARATORS = ['-', ' ', '.', '/', '_', ' - ', ...INVISIBLES];

/** Inserts separators or invisible characters at random positions. */
const withSeparators = (raw: string): fc.Arbitrary<string> =>
  fc.array(fc.tuple(fc.nat({ max: raw.length }), fc.constantFrom(...SEPARATORS)), { maxLength: 4 }).map((cuts) => {
    let out = raw;
    for (const [at, sep] of [...cuts].sort((a, b) => b[0] - a[0])) out = `${out.slice(0, at)}${sep}${out.slice(at)}`;
    return out;
  });

const toFullWidth = (raw: string): string =>
  raw.replace(/[A-Za-z0-9]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

describe('modelKey', () => {
  it.each([
    ['BS-30KP365', 'bs30kp365'],
    ['bs 30kp365', 'bs30kp365'],
    ['BS30KP365', 'bs30kp365'],
    ['ＢＳ－３０ＫＰ３６５', 'bs30kp365'],
    ['A1263', 'a1263'],
    ['AI263', 'a1263'],
    ['Al263', 'a1263'],
    ['AＩ263', 'a1263'],
    ['A\u200b12\u00ad63', 'a1263'],
    ['\u0410\u200b1263', 'a1263'], // Cyrillic А
    ['PAC20-272', 'pac20272'],
    ['POLO', 'polo'], // pure letters are not folded
    ['Dakota', 'dakota'],
    ['8361', '8361'],
  ])('%j -> %j', (raw, key) => {
    expect(modelKey(raw)).toBe(key);
  });

  it('keeps near-miss models apart', () => {
    const keys = ['A1263', 'A1268', 'A12630', 'A263', 'B1263'].map(modelKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test.prop([fc.string({ unit: fc.constantFrom(...'aAiIlLoO0123 -./_#xyZ'), maxLength: 16 })])(
    'keeps lower-cased letters and digits of ASCII text, folding o/i/l only in keys that mix both',
    (raw) => {
      const kept = raw.toLowerCase().replace(/[^a-z0-9]+/g, '');
      const mixed = /[0-9]/.test(kept) && /[a-z]/.test(kept);
      expect(modelKey(raw)).toBe(mixed ? kept.replace(/[oil]/g, (ch) => (ch === 'o' ? '0' : '1')) : kept);
    },
  );

  test.prop([fc.string({ unit: 'binary', maxLength: 40 })])('is idempotent on any text', (raw) => {
    const key = modelKey(raw);
    expect(modelKey(key)).toBe(key);
  });

  test.prop([model.chain((m) => fc.tuple(fc.constant(m), withSeparators(m)))])(
    'ignores separators and invisible characters',
    ([m, spaced]) => {
      expect(modelKey(spaced)).toBe(modelKey(m));
    },
  );

  test.prop([model, fc.array(fc.boolean(), { minLength: 20, maxLength: 20 })])('ignores case', (m, lower) => {
    const mixed = [...m].map((ch, i) => (lower[i] === true ? ch.toLowerCase() : ch)).join('');
    expect(modelKey(mixed)).toBe(modelKey(m));
  });

  test.prop([model])('ignores full-width forms', (m) => {
    expect(modelKey(toFullWidth(m))).toBe(modelKey(m));
  });

  test.prop([model, fc.array(fc.constantFrom('keep', 'O', 'o', 'I', 'l', 'i'), { minLength: 20, maxLength: 20 })])(
    'folds O/0 and I/l/1 look-alikes in mixed keys',
    (m, swaps) => {
      const obfuscated = [...m]
        .map((ch, i) => {
          const swap = swaps[i] ?? 'keep';
          if (swap === 'keep') return ch;
          if (ch === '0' && (swap === 'O' || swap === 'o')) return swap;
          if (ch === '1' && (swap === 'I' || swap === 'l' || swap === 'i')) return swap;
          return ch;
        })
        .join('');
      expect(modelKey(obfuscated)).toBe(modelKey(m));
    },
  );

  test.prop([fc.stringMatching(/^[A-HJKMNP-Z]{1,3}$/), fc.stringMatching(/^[0-9]{3,6}$/), fc.stringMatching(/^[0-9]{3,6}$/)])(
    'different digits give different keys',
    (prefix, a, b) => {
      fc.pre(a !== b);
      expect(modelKey(`${prefix}${a}`)).not.toBe(modelKey(`${prefix}${b}`));
    },
  );
});

describe('modelDisplay', () => {
  it('folds width and invisibles, collapses whitespace, keeps case', () => {
    expect(modelDisplay('  ＰＡＣ２０-272 ')).toBe('PAC20-272');
    expect(modelDisplay('A\u200b1263\t\n  rev B')).toBe('A1263 rev B');
  });
});

describe('isModelLike', () => {
  it.each(['BS-30KP365', '10AW1G-AQU2U', 'A1263', 'AI263', 'PAC20-272', 'PLT20A-152', 'UDC3CW', '5F5F79E', 'TR-1686-TPR', 'M18', 'iPhone15'])(
    '%s is model-like',
    (token) => {
      expect(isModelLike(token)).toBe(true);
    },
  );

  it.each([
    '10000mah', '20000mAh', '65w', '65W', '5v', '2.4a', '2.4A', '3ft', '100ml', '2pcs', '4k', '8K', '1080p', '5g', 'usb3',
    'USB3.0', '2x', '3in1', '3-in-1', '2025', '12345', '5V/2.4A', '65W/100W', '3-pack', '1920x1080', '10x20cm', 'IP68',
    'IPX7', 'PD20W', 'QC3.0', 'WiFi6', 'Cat6', '2nd', '21st', '2024new', 'hello', 'ab', 'A1', `A${'1'.repeat(24)}`,
  ])('%s is not model-like', (token) => {
    expect(isModelLike(token)).toBe(false);
  });
});

describe('asciiModelKey', () => {
  test.prop([fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)), maxLength: 30 })])(
    'equals modelKey on any ASCII text',
    (raw) => {
      expect(asciiModelKey(raw)).toBe(modelKey(raw));
    },
  );

  test.prop([model.chain(withSeparators)])('equals modelKey on separated model numbers', (raw) => {
    fc.pre(isAscii(raw));
    expect(asciiModelKey(raw)).toBe(modelKey(raw));
  });
});
