import { describe, expect, it } from 'vitest';
import { viewListing } from '../listing-view.js';
import { buildRecallIndex } from '../recall-index.js';
import { listingOf, recallOf } from '../testing/factories.js';
import { brandConflict, brandMatch } from './brand-match.js';

const index = buildRecallIndex([
  recallOf('cpsc:t-anker', { name: 'PowerCore 10000 Power Bank', brands: ['Anker'] }),
  recallOf('cpsc:t-dollartree', { name: "Children's Projector Flashlights", brands: ['Dollar Tree'] }),
  recallOf('cpsc:t-homelite', { name: 'Chainsaws', brands: ['Homelite'] }),
  recallOf('cpsc:t-gb', { name: 'Qbit Stroller', brands: ['gb'] }),
  recallOf('cpsc:t-two', { name: 'Kettles', brands: ['Kettleco', 'Brewmax'] }),
]);
const [anker, dollarTree, homelite, gb, twoBrands] = index.products;
const outcome = (title: string, brand: string | undefined, product = anker) =>
  brandMatch.compare(viewListing(listingOf(title, brand === undefined ? {} : { brand })), product!, index.context);

describe('brand_match', () => {
  it('matches the stated brand, its look-alike spelling and a longer or shorter form of it', () => {
    expect(outcome('power bank', 'Anker')).toEqual({ score: 1, detail: 'listing brand "Anker" = recalled brand "Anker"' });
    expect(outcome('flashlight', 'D0IIar Tree', dollarTree)).toEqual({ score: 1, detail: 'listing brand "D0IIar Tree" = recalled brand "Dollar Tree"' });
    expect(outcome('chainsaw', 'Homelite Consumer', homelite)).toEqual({ score: 1, detail: 'listing brand "Homelite Consumer" = recalled brand "Homelite"' });
    expect(outcome('chainsaw', 'Homeli', homelite)).toEqual({ score: 1, detail: 'listing brand "Homeli" = recalled brand "Homelite"' });
  });

  it('takes no prefix of fewer than four letters and none that starts elsewhere', () => {
    expect(outcome('stroller', 'gbx', gb)).toBeUndefined();
    expect(outcome('chainsaw', 'Xhomelite', homelite)).toBeUndefined();
  });

  it('finds a brand named in the title as a word or written together, reporting the first of the product\'s brands named', () => {
    expect(outcome('Anker power bank', undefined)).toEqual({ score: 0.8, detail: 'title names recalled brand "Anker"' });
    expect(outcome('Dollar Tree flashlight', 'Acme', dollarTree)).toEqual({ score: 0.8, detail: 'title names recalled brand "Dollar Tree"' });
    expect(outcome('Brewmax kettle', undefined, twoBrands)?.detail).toBe('title names recalled brand "Brewmax"');
    expect(outcome('Brewmax Kettleco kettle', undefined, twoBrands)?.detail).toBe('title names recalled brand "Kettleco"');
    expect(outcome('power bank', undefined)).toBeUndefined();
  });
});

describe('brand_conflict', () => {
  const conflict = (title: string, brand: string) => brandConflict.compare(viewListing(listingOf(title, { brand })), anker!, index.context);

  it('fires on another stated brand unless the title names the recalled one', () => {
    expect(conflict('power bank', 'Xiaomi')).toEqual({ score: 1, detail: 'listing brand "Xiaomi", recalled brand "Anker"' });
    expect(conflict('Anker power bank', 'Xiaomi')).toBeUndefined();
    expect(conflict('power bank', 'Anker')).toBeUndefined();
  });
});
