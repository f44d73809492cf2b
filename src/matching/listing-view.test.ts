import { describe, expect, it } from 'vitest';
import { brandSkeleton, compactBrandKey } from '../normalize/index.js';
import { viewListing } from './listing-view.js';

describe('viewListing', () => {
  it('keeps each barcode once, stated codes first, then the title’s, then the description’s', () => {
    const view = viewListing({
      id: 'l1',
      title: 'Power bank UPC 036000291452',
      description: 'Also sold as UPC 012345678905, UPC 036000291452',
      gtins: ['0 36000 29145 2', '21709-52206'],
    });
    expect(view.gtins).toEqual(['00036000291452', '2170952206', '00012345678905']);
  });

  it('reads the stated brand into its key and skeleton, and a generic brand into none', () => {
    const anker = viewListing({ id: 'l2', title: 'Power bank', brand: 'Anker Innovations Co., Ltd.' });
    expect(anker.statedBrands).toEqual([compactBrandKey('Anker Innovations Co., Ltd.')]);
    expect(anker.statedBrandSkeletons).toEqual([brandSkeleton(compactBrandKey('Anker Innovations Co., Ltd.'))]);
    // the second listing of a brand gets the same answer
    expect(viewListing({ id: 'l3', title: 'Cable', brand: 'Anker Innovations Co., Ltd.' }).statedBrands).toEqual(anker.statedBrands);
    for (const brand of ['Generic', 'unbranded', '', undefined]) {
      const view = viewListing({ id: 'l4', title: 'Power bank', ...(brand === undefined ? {} : { brand }) });
      expect(view.statedBrands).toEqual([]);
      expect(view.statedBrandSkeletons).toEqual([]);
    }
  });

  it('answers hasToken from the title and category tokens, for short titles and for long ones alike', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${i}`);
    for (const title of ['Anker PowerCore power bank, not the recalled one', `Anker PowerCore ${words.join(' ')}`]) {
      const view = viewListing({ id: 'l5', title, category: 'Portable Chargers' });
      for (const token of [...view.titleTokens, ...view.categoryTokens]) expect(view.hasToken(token)).toBe(true);
      for (const token of ['anke', 'powercorex', 'charger', '', 'recalled']) expect(view.hasToken(token)).toBe(false);
      expect(view.tokens).toEqual([...new Set([...view.titleTokens, ...view.categoryTokens])]);
    }
  });
});
