import { describe, expect, it } from 'vitest';
import { viewListing } from '../listing-view.js';
import { buildRecallIndex } from '../recall-index.js';
import { listingOf, recallOf } from '../testing/factories.js';
import { productType } from './product-type.js';

const index = buildRecallIndex([
  recallOf('cpsc:t-anker', { name: 'Anker PowerCore 10000', brands: ['Anker'], productType: 'power bank' }),
  recallOf('cpsc:t-magnets', { name: 'Magnetic Building Balls Set', brands: ['Sunnyglade'] }),
]);
const [anker, magnets] = index.products;
const outcome = (title: string, product = anker, extra = {}) => productType.compare(viewListing(listingOf(title, extra)), product!, index.context);

describe('product_type', () => {
  it('fires when the title or category has every word of the recalled type', () => {
    expect(outcome('Portable power bank 20000mAh')).toEqual({ score: 1, detail: 'listing is a "power bank" like the recalled product' });
    expect(outcome('Portable charger 20000mAh', anker, { category: 'Power Bank' })?.score).toBe(1);
  });

  it('does not fire on part of the type or for a product without one', () => {
    expect(outcome('Bank card holder')).toBeUndefined();
    expect(outcome('Magnetic balls', magnets)).toBeUndefined();
  });
});
