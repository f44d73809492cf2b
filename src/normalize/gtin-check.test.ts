import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { RecallguardError } from '../errors/index.js';
import { gtinCandidates, gtinCheckDigit, normalizeGtin } from './gtin-check.js';

const digits = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((ds) => ds.join(''));

/** A printed form of a code: digit groups split at random places by spaces, dashes or dots. */
const printed = (code: string): fc.Arbitrary<string> =>
  fc
    .tuple(fc.uniqueArray(fc.integer({ min: 1, max: code.length - 1 }), { maxLength: 4 }), fc.constantFrom(' ', '-', '.', ' - '))
    .map(([cuts, sep]) => {
      const sorted = [...cuts].sort((a, b) => a - b);
      const parts: string[] = [];
      let from = 0;
      for (const cut of sorted) {
        parts.push(code.slice(from, cut));
        from = cut;
      }
      parts.push(code.slice(from));
      return parts.join(sep);
    });

const withCheck = (body: string): string => `${body}${gtinCheckDigit(body)}`;

/** A check-digit-less body of the given lengths, with one random printing of the whole code. */
const bodyAndPrinting = (min: number, max: number): fc.Arbitrary<readonly [string, string]> =>
  fc
    .integer({ min, max })
    .chain((n) => digits(n, n))
    .chain((body) => fc.tuple(fc.constant(body), printed(withCheck(body))));

describe('gtinCheckDigit', () => {
  it('computes the GS1 mod-10 digit of published examples', () => {
    expect(gtinCheckDigit('03600029145')).toBe(2); // UPC-A 036000291452
    expect(gtinCheckDigit('400638133393')).toBe(1); // EAN-13 4006381333931
    expect(gtinCheckDigit('7351353')).toBe(7); // EAN-8 73513537
    expect(gtinCheckDigit('04210000526')).toBe(4); // UPC-A behind UPC-E 04252614
  });

  it('rejects non-digits with a coded error', () => {
    expect(() => gtinCheckDigit('12a4')).toThrow(RecallguardError);
    expect(() => gtinCheckDigit('')).toThrow(RecallguardError);
  });

  test.prop([digits(1, 17)])('is a digit and ignores leading zeros', (body) => {
    const check = gtinCheckDigit(body);
    expect(check).toBeGreaterThanOrEqual(0);
    expect(check).toBeLessThanOrEqual(9);
    expect(gtinCheckDigit(`000${body}`)).toBe(check);
  });
});

describe('normalizeGtin', () => {
  it.each([
    ['036000291452', '00036000291452'],
    ['0 36000 29145 2', '00036000291452'],
    ['03600029145', '00036000291452'],
    ['4006381333931', '04006381333931'],
    ['400-6381-333931', '04006381333931'],
    ['73513537', '00000073513537'],
    ['04252614', '00042100005264'],
    ['425261', '00042100005264'],
    ['00036000291452', '00036000291452'],
    ['0000036000291452', '00036000291452'],
  ])('%s -> %s', (raw, gtin) => {
    expect(normalizeGtin(raw)).toBe(gtin);
  });

  it.each(['036000291453', '4006381333932', '73513538', 'abc036000291452', '', '12345', '123456789', '1036000291452999'])(
    'rejects %j',
    (raw) => {
      expect(normalizeGtin(raw)).toBeUndefined();
    },
  );

  test.prop([bodyAndPrinting(11, 11), fc.integer({ min: 0, max: 4 })])(
    'every printing of a UPC-A, with or without its check digit, gives one GTIN-14',
    ([body, print], zeros) => {
      const gtin = withCheck(body).padStart(14, '0');
      expect(normalizeGtin(print)).toBe(gtin);
      expect(normalizeGtin(`${'0'.repeat(zeros)}${withCheck(body)}`)).toBe(gtin);
      expect(normalizeGtin(body)).toBe(gtin);
    },
  );

  test.prop([bodyAndPrinting(12, 13)])(
    'every printing of an EAN-13 or GTIN-14 gives one GTIN-14',
    ([body, print]) => {
      const gtin = withCheck(body).padStart(14, '0');
      expect(normalizeGtin(print)).toBe(gtin);
      expect(normalizeGtin(` ${withCheck(body)} `)).toBe(gtin);
    },
  );

  test.prop([
    fc.integer({ min: 11, max: 13 }).chain((n) => digits(n, n)),
    fc.nat(),
    fc.integer({ min: 1, max: 9 }),
  ])('changing any one digit of a 12-14 digit code invalidates it', (body, where, shift) => {
    const code = withCheck(body);
    const at = where % code.length;
    const changed = String(((code.charCodeAt(at) - 48 + shift) % 10));
    const mutated = `${code.slice(0, at)}${changed}${code.slice(at + 1)}`;
    expect(normalizeGtin(code)).toBeDefined();
    expect(normalizeGtin(mutated)).toBeUndefined();
  });
});

describe('gtinCandidates', () => {
  it('reads an 8-digit code both as UPC-E and as EAN-8 when both verify', () => {
    // UPC-E 0 425264 1 expands to 04252000006(1); as EAN-8 0425264 also checks to 1
    expect(gtinCandidates('04252641')).toEqual(['00042520000061', '00000004252641']);
  });

  it('reads an 11-digit code as check-digit-less and as having lost its leading zero', () => {
    // 36000291452 is 036000291452 without its leading zero; with a computed digit it is 360002914522
    expect(gtinCandidates('36000291452')).toEqual(['00360002914522', '00036000291452']);
  });

  it('reads a code the same with or without spaces, dashes and surrounding blanks', () => {
    for (const printed of ['036000291452', ' 036000291452 ', '0 36000 29145 2', '0-36000-29145-2']) {
      expect(gtinCandidates(printed)).toEqual(['00036000291452']);
    }
  });

  it('gives nothing for invalid input', () => {
    expect(gtinCandidates('036000291453')).toEqual([]);
    expect(gtinCandidates('not a code')).toEqual([]);
    expect(gtinCandidates('0360002914x2')).toEqual([]);
  });

  test.prop([digits(8, 8)])('contains normalizeGtin and only verified 14-digit codes', (code) => {
    const candidates = gtinCandidates(code);
    const best = normalizeGtin(code);
    if (best === undefined) expect(candidates).toEqual([]);
    else expect(candidates[0]).toBe(best);
    for (const gtin of candidates) {
      expect(gtin).toMatch(/^\d{14}$/);
      expect(gtinCheckDigit(gtin.slice(0, 13))).toBe(Number(gtin.charAt(13)));
    }
    expect(new Set(candidates).size).toBe(candidates.length);
  });
});
