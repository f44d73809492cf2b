import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractGtins, gtinCheckDigit } from './gtin.js';

const SPORTS = fileURLToPath(new URL('../../../shared/data/cpsc/cpsc-sports-885.json', import.meta.url));

describe('extractGtins', () => {
  it.each([
    ['UPC 0 36000 29145 2', ['00036000291452']],
    ['UPC: 036000291452', ['00036000291452']],
    ['EAN 4006381333931', ['04006381333931']],
    ['EAN-13: 400-6381-333931', ['04006381333931']],
    ['条形码 6901234567892', ['06901234567892']],
    ['條碼：６９０１２３４５６７８９２', ['06901234567892']],
    ['bar code 73513537 on the tag', ['00000073513537']],
  ])('%s', (text, gtins) => {
    expect(extractGtins(text)).toEqual(gtins);
  });

  // Numbers as printed in CPSC trampoline and helmet recalls (2010s), sentences in our words.
  it('reads lists of codes after one keyword', () => {
    expect(extractGtins('The 14-foot trampoline box carries UPC code 687064045552 or 687064042100.')).toEqual([
      '00687064045552',
      '00687064042100',
    ]);
  });

  it('completes 11-digit UPCs quoted without their check digit', () => {
    const found = extractGtins('UPC codes 68706404210, and 68706404244 appear on the box.');
    expect(found).toContain('00687064042100');
    expect(found).toContain(`00${'68706404244'}${gtinCheckDigit('68706404244')}`);
  });

  it('joins spaced groups printed after the keyword', () => {
    expect(extractGtins('Helmets with UPC code 035011 937052 and part number 1009159 on a label.')).toEqual([
      '00035011937052',
    ]);
  });

  it('splits two whole codes written one after the other', () => {
    expect(extractGtins('UPC 036000291452 4006381333931')).toEqual(['00036000291452', '04006381333931']);
  });

  it('takes a bare 12-14 digit run only when its check digit verifies', () => {
    expect(extractGtins('Sold with tag 036000291452 in 2021')).toEqual(['00036000291452']);
    expect(extractGtins('Sold with tag 036000291453 in 2021')).toEqual([]);
  });

  it('expands the "beginning with ... and ending with ..." shorthand of CPSC notices', () => {
    expect(extractGtins('Products with UPC numbers beginning with 619120036 and ending with 204, 211, 464, or 457.')).toEqual([
      '00619120036204',
      '00619120036211',
      '00619120036464',
      '00619120036457',
    ]);
  });

  it('ignores partial codes, phone numbers and words that merely contain "ean"', () => {
    expect(extractGtins('UPC numbers beginning with 619120036 are affected.')).toEqual([]);
    expect(extractGtins('Call 800-638-2772 from 8 a.m. to 5 p.m.')).toEqual([]);
    expect(extractGtins('Clean ocean beans 73513537 pack')).toEqual([]);
    expect(extractGtins('no digits here')).toEqual([]);
  });

  it('needs eight digits in the text, however they are spread', () => {
    expect(extractGtins('EAN 7351-3537')).toEqual(['00000073513537']);
    expect(extractGtins('EAN-8: 7351 3537, pack of 12')).toEqual(['00000073513537']);
    expect(extractGtins('UPC 0123 456')).toEqual([]);
    expect(extractGtins('Pack of 2, UPC 7351 353')).toEqual([]);
    expect(extractGtins('UPC 1234567 and 12 oz')).toEqual([]);
  });

  it('does not take a model number glued to letters as a bare code', () => {
    expect(extractGtins('model AB036000291452')).toEqual([]);
  });
});

describe.skipIf(!existsSync(SPORTS))('extractGtins on CPSC sports recalls (needs ../shared/data)', () => {
  it('finds most UPCs the records list when the description quotes them', () => {
    const { recalls } = JSON.parse(readFileSync(SPORTS, 'utf8')) as {
      recalls: { description?: string; upcs?: string[] }[];
    };
    let listed = 0;
    let found = 0;
    for (const recall of recalls) {
      const description = recall.description ?? '';
      if (!/\bupc/i.test(description) || (recall.upcs ?? []).length === 0) continue;
      const extracted = new Set(extractGtins(description));
      for (const upc of recall.upcs ?? []) {
        listed++;
        if (extracted.has(upc.padStart(14, '0'))) found++;
      }
    }
    expect(listed).toBeGreaterThan(0);
    console.log(`CPSC sports: ${found}/${listed} listed UPCs extracted from descriptions that quote UPCs`);
    expect(found / listed).toBeGreaterThan(0.8);
  });
});
