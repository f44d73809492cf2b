import { describe, expect, it } from 'vitest';
import { viewListing } from '../listing-view.js';
import { buildRecallIndex } from '../recall-index.js';
import { listingOf, recallOf } from '../testing/factories.js';
import { rareBrandName } from './rare-brand.js';

// "chainsaws" is in five product names, so a common word; "qbit" is in one, a product-line word
const index = buildRecallIndex([
  recallOf('cpsc:t-homelite', { name: 'Chainsaws', brands: ['Homelite'] }),
  ...['Stihl', 'Husqvarna', 'Echo', 'Poulan'].map((brand) => recallOf(`cpsc:t-${brand}`, { name: `${brand} Gas Chainsaws`, brands: [brand] })),
  recallOf('cpsc:t-gb', { name: 'Qbit Chainsaws', brands: ['gb'] }),
]);
const homelite = index.products[0]!;
const qbit = index.products[5]!;
const outcome = (title: string, brand: string | undefined, product = homelite) =>
  rareBrandName.compare(viewListing(listingOf(title, brand === undefined ? {} : { brand })), product, index.context);

describe('rare_brand_name', () => {
  it('fires on a narrow stated brand with the whole, generic name', () => {
    expect(outcome('Homelite chainsaws 16 inch', 'Homelite')).toEqual({
      score: 1,
      detail: 'listing brand "Homelite" = recalled brand "Homelite", a brand of 1 recall; the listing has the whole name "Chainsaws"',
    });
  });

  it('does not fire without a stated brand, with part of the name or with a product-line word in it', () => {
    expect(outcome('Homelite chainsaws 16 inch', undefined)).toBeUndefined();
    expect(outcome('Homelite leaf blower', 'Homelite')).toBeUndefined();
    expect(outcome('gb Qbit chainsaws', 'gb', qbit)).toBeUndefined();
  });
});
