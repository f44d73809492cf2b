import { describe, expect, it } from 'vitest';
import { cleanCompanyName, extractBrands } from './brand-extractor.js';

describe('cleanCompanyName', () => {
  it.each([
    ['Aria Child Inc. of Dedham, Mass.', 'Aria Child'],
    ['Sportspower Ltd., of Taiwan', 'Sportspower'],
    ['Yamaha Motor Corporation, U.S.A.', 'Yamaha Motor'],
    ['The Boppy Company, LLC, of Golden, Colo.', 'Boppy'],
    ['Bombardier Recreational Products (BRP)', 'Bombardier Recreational Products'],
    ['House of Marley', 'House of Marley'],
    ['Deere & Company', 'Deere'],
  ])('%j → %j', (name, expected) => {
    expect(cleanCompanyName(name)).toBe(expected);
  });

  it('gives nothing for blank or generic names', () => {
    expect(cleanCompanyName('  ')).toBeUndefined();
    expect(cleanCompanyName('The Company')).toBeUndefined();
  });
});

describe('extractBrands', () => {
  it('takes the firm of the title and cleaned companies, without repeats', () => {
    expect(
      extractBrands({
        title: 'Aria Child Recalls Strollers Due to Laceration and Fall Hazards',
        companies: ['Aria Child Inc. of Dedham, Mass.'],
      }),
    ).toEqual(['Aria Child']);
  });

  it('takes "recalled by" and "imported by" firms, not the retailer it was sold at', () => {
    expect(extractBrands({ title: 'Bath Seats Recalled Due to Drowning Hazard; Imported by Frieyss and Sold Exclusively on Amazon.com' })).toEqual([
      'Frieyss',
    ]);
  });

  it('reads brands stated in free text', () => {
    const text =
      'This recall involves Gudook-branded helmets and model year 2026 Trek-branded bikes. Shimano\'s Lazer-branded ' +
      'helmets, certain "VIVI" brand e-bikes, LOOK Pivot brand bindings and tikit brand bicycles. The brand name ' +
      'Werner appears on decals. They were sold under the brand name Sunbeam. A brand new design.';
    expect(extractBrands({ text })).toEqual(['Werner', 'Sunbeam', 'Gudook', 'Trek', 'Lazer', 'VIVI', 'LOOK Pivot', 'tikit']);
  });

  it('never throws and gives nothing for nothing', () => {
    expect(extractBrands({})).toEqual([]);
    expect(extractBrands({ title: '', text: '', companies: [''] })).toEqual([]);
  });
});
