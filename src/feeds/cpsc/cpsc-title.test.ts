import { describe, expect, it } from 'vitest';
import { parseCpscTitle, titleFromSlug } from './cpsc-title.js';

describe('parseCpscTitle', () => {
  it.each([
    ['Aria Child Recalls Strollers Due to Laceration and Fall Hazards', { firm: 'Aria Child', product: 'Strollers' }],
    ['Spalding Momentous Basketball Goals Recalled by Russell Brands Due to Impact Hazard', { firm: 'Russell Brands', product: 'Spalding Momentous Basketball Goals' }],
    ['Johnson Health Tech Expands Recall to Include Matrix Treadmills Due to Fall Hazard', { firm: 'Johnson Health Tech', product: 'Matrix Treadmills' }],
    ['CPSC, Invensys Building Systems Announce Recall of Siebe Actuators', { firm: 'Invensys Building Systems', product: 'Siebe Actuators' }],
    ['Harbor Freight Tools Recalls to Repair Propane Heaters Due to Fire Hazard (Recall Alert)', { firm: 'Harbor Freight Tools', product: 'Propane Heaters' }],
    ['Rocky Mountain Bicycles Recall Mountain Bicycles Due to Crash Hazard', { firm: 'Rocky Mountain Bicycles', product: 'Mountain Bicycles' }],
  ])('reads %j', (title, expected) => {
    expect(parseCpscTitle(title)).toMatchObject(expected);
  });

  it('names makers and sellers from the tail clauses, never a seller as the firm', () => {
    const parts = parseCpscTitle('Shower Benches Recalled Due to Fall Hazard; Made by Ivena and Sold Exclusively at Costco (Recall Alert)');
    expect(parts).toEqual({ firm: undefined, product: 'Shower Benches', makers: ['Ivena'], sellers: ['Costco'] });
  });

  it('gives nothing it cannot read', () => {
    expect(parseCpscTitle('Safety Alert: Window Blind Cords')).toEqual({ firm: undefined, product: undefined, makers: [], sellers: [] });
  });
});

describe('titleFromSlug', () => {
  it('turns a CPSC URL slug into words', () => {
    expect(titleFromSlug('2017/Aria-Child-Recalls-Strollers')).toBe('Aria Child Recalls Strollers');
    expect(titleFromSlug('https://www.cpsc.gov/Recalls/2014/Kohl%E2%80%99s-Recalls-Chairs/')).toBe('Kohl’s Recalls Chairs');
    expect(titleFromSlug('')).toBeUndefined();
  });
});

describe('parseCpscTitle: announcement wording after the firm', () => {
  it.each([
    ['Yoto Reannounces Recall of Mini Players Due to Burn Hazard', 'Yoto'],
    ['Liusin Recall Alert Recalls Children’s Robes Due to Burn Hazard', 'Liusin'],
    ['Ecnup Exclusively on Amazon com Recall Alert Recalls Heaters Due to Fire Hazard', 'Ecnup'],
    ['Empower Brands in Major Recall Expansion Recalls Air Fryers Due to Burn Hazard', 'Empower Brands'],
    ['Sangohe Reannounces and Expands Adult Portable Bed Rails Recall Due to Entrapment', 'Sangohe'],
  ])('%s -> firm %s', (title, firm) => {
    expect(parseCpscTitle(title).firm).toBe(firm);
  });
});

describe('parseCpscTitle: makers named in slug-derived titles', () => {
  it.each([
    ['Pool Drain Covers Recalled Due to Entrapment Hazard; Imported by Liusin Recall Alert', 'Liusin'],
    ['Kids Bike Helmets Recalled Due to Risk of Head Injury; Sold by Ecnup Exclusively on Amazon com Recall Alert', 'Ecnup'],
    ['Space Heaters Recalled Due to Fire Hazard; Sold by Henan Ouchang Trading on AliExpress and Recalled by AliExpress', 'Henan Ouchang Trading'],
  ])('%s -> maker %s', (title, maker) => {
    expect(parseCpscTitle(title).makers).toContain(maker);
  });
});

describe('parseCpscTitle: joint announcements read from URL slugs', () => {
  it('drops the agency from "CPSC X Announce Recall of …"', () => {
    expect(parseCpscTitle('CPSC Graco Childrens Products Announce Recall of Strollers').firm).toBe('Graco Childrens Products');
    expect(parseCpscTitle('CPSC and Kohler Announce Recall of Faucets').firm).toBe('Kohler');
  });
});
