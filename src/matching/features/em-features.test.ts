import { describe, expect, it } from 'vitest';
import type { Feature } from '../algorithm.js';
import { buildRecallIndex } from '../recall-index.js';
import { viewListing } from '../listing-view.js';
import { listingOf, recallOf } from '../testing/factories.js';
import { binned } from './binned-feature.js';
import { candidateRankFeatures } from './candidate-rank.js';
import { categoryOverlap } from './category-overlap.js';
import { modelFieldDigits, modelFieldNearMiss } from './model-field.js';
import { codeConflict, codeDigitsShared, codesShared } from './code-overlap.js';
import { editionFacets } from './edition-facets.js';
import { colourConflict, licenseConflict, licenseOneSided, platformConflict, tierConflict, versionAgreement, versionConflict } from './edition-match.js';
import { FEATURE_CATALOG } from './feature-catalog.js';
import { accessoryBoth } from './accessory-both.js';
import { affixCoverage, modelAffix, modelAffixDigits } from './model-affix.js';
import { longestCommonRun, titleLengthRatio } from './title-shape.js';
import { fullTextOverlap, listingCoverage, rareWordsBothWays, trigramJaccard } from './text-overlap.js';

const index = buildRecallIndex([
  recallOf('em:r1', { name: 'panasonic lumix dmc-tz5 digital camera silver', description: 'panasonic lumix dmc-tz5s 9 megapixel' }),
  recallOf('em:r2', { name: 'adobe creative suite 3 ( cs3 ) design premium upgrade mac' }),
  recallOf('em:r3', { name: 'personal imagemanager' }),
  recallOf('em:r4', { name: 'viva media llc 00257 my sim aquarium win 2000 xp vista' }),
  recallOf('em:r5', { name: 'transcend 8gb sdhc card class 6 ts8gsdhc6' }),
  recallOf('em:r6', { name: 'speck toughskin case for iphone 3g' }),
  recallOf('em:r7', { name: 'startech hdmimm10 hdmi cable' }),
  recallOf('em:r8', { name: 'hp scanjet 5590 digital flatbed scanner' }),
  recallOf('em:r9', { name: 'hp c8560a black drum', productType: 'laser printer toner' }),
  recallOf('em:r10', { name: 'edge 16gb sdhc card', modelNumbers: ['edgdm-222604-pe'], productType: 'point shoot digital cameras' }),
]);
const [lumix, suite, imageManager, aquarium, transcend, speck, hdmi, scanjet, drum, edge] = index.products;
const score = (feature: Feature, title: string, product = lumix, extra = {}): number | undefined =>
  feature.compare(viewListing(listingOf(title, extra)), product!, index.context)?.score;

describe('model codes', () => {
  it('affixCoverage is the share of the longer code covered by a prefix or suffix, 0 otherwise', () => {
    expect(affixCoverage('dmctz5s', 'dmctz5')).toBeCloseTo(6 / 7, 5);
    expect(affixCoverage('dmctz5', 'dmctz5s')).toBeCloseTo(6 / 7, 5);
    expect(affixCoverage('dmctz5', 'dmctz5')).toBe(0);
    expect(affixCoverage('abcd', 'abcdef')).toBe(0);
    expect(affixCoverage('tz5', 'dmctz5')).toBe(0);
  });

  it('model_affix fires on a colour suffix in either direction', () => {
    expect(score(modelAffix, 'panasonic silver lumix camera dmctz5s')).toBeCloseTo(6 / 7, 5);
    expect(score(modelAffix, 'panasonic lumix camera dmc-tz5')).toBeUndefined();
  });

  it('model_affix_digits takes the pairs whose extra part has a digit', () => {
    expect(score(modelAffixDigits, 'startech hdmimm1 cable', hdmi)).toBeCloseTo(7 / 8, 5);
    expect(score(modelAffix, 'startech hdmimm1 cable', hdmi)).toBeUndefined();
    expect(score(modelAffixDigits, 'panasonic silver lumix camera dmctz5s')).toBeUndefined();
  });

  it('codes_shared finds codes in the other side\'s description; code_conflict fires only when nothing is shared', () => {
    expect(score(codesShared, 'panasonic lumix dmctz5s')).toBeGreaterThan(0);
    expect(score(codeConflict, 'panasonic lumix dmctz5s')).toBeUndefined();
    expect(score(codeConflict, 'transcend 4gb sdhc ts4gsdhc6', transcend)).toBe(1);
    expect(score(codesShared, 'transcend 4gb sdhc ts4gsdhc6', transcend)).toBeUndefined();
  });
});

describe('code_digits_shared', () => {
  it('finds the numeric core of a differently written code, and stays silent when a whole code matches', () => {
    expect(score(codeDigitsShared, 'hp flatbed scanner', scanjet, { model: 'hp sj5590' })).toBe(1);
    expect(score(codeDigitsShared, 'hp flatbed scanner', scanjet, { model: 'hp sj5600' })).toBeUndefined();
    expect(score(codeDigitsShared, 'transcend ts8gsdhc6 card', transcend)).toBeUndefined();
  });
});

describe('editions', () => {
  it('reads versions, platforms, licences and tiers, stop words included', () => {
    const facets = editionFacets('Adobe Creative Suite CS3 Design Premium Upgrade [Mac] 3 user');
    expect([...facets.versions]).toEqual(['cs3', '3user']);
    expect([...facets.platforms]).toEqual(['mac']);
    expect([...facets.licenses]).toEqual(['upgrade']);
    expect([...facets.tiers]).toEqual(['premium']);
    expect([...editionFacets('Sony Mylo Grey communicator').colours]).toEqual(['gray']);
  });

  it('conflict features fire on disjoint facets, agreement on a shared version', () => {
    expect(score(versionConflict, 'adobe creative suite cs4 design premium', suite)).toBe(1);
    expect(score(versionAgreement, 'adobe creative suite cs3 design premium', suite)).toBe(1);
    expect(score(versionConflict, 'adobe creative suite cs3 design premium', suite)).toBeUndefined();
    expect(score(platformConflict, 'adobe cs3 design premium upgrade windows', suite)).toBe(1);
    expect(score(licenseConflict, 'adobe cs3 design premium full version', suite)).toBe(1);
    expect(score(tierConflict, 'adobe cs3 design standard upgrade', suite)).toBe(1);
    expect(score(colourConflict, 'panasonic lumix dmc-tz5 black')).toBe(1);
    expect(score(colourConflict, 'panasonic lumix dmc-tz5 silver')).toBeUndefined();
    expect(score(licenseOneSided, 'adobe cs3 design premium mac', suite)).toBe(1);
    expect(score(licenseOneSided, 'adobe cs3 design premium upgrade mac', suite)).toBeUndefined();
  });
});

describe('accessory_both', () => {
  it('fires only when the product is worded as an accessory too', () => {
    expect(score(accessoryBoth, 'speck seethru case for iphone 3g', speck)).toBe(1);
    expect(score(accessoryBoth, 'speck seethru case for iphone 3g', lumix)).toBeUndefined();
    expect(score(accessoryBoth, 'apple iphone 3g 8gb', speck)).toBeUndefined();
  });
});

describe('text overlap', () => {
  it('trigram_jaccard tolerates words written together', () => {
    expect(score(trigramJaccard, 'personal image manager', imageManager)).toBeGreaterThan(0.6);
    expect(score(trigramJaccard, 'zzz', imageManager)).toBeUndefined();
  });

  it('listing_coverage is 1 when the listing title is inside a longer product title; full_text_overlap is lower', () => {
    expect(score(listingCoverage, 'my sim aquarium', aquarium)).toBeCloseTo(1, 5);
    expect(score(fullTextOverlap, 'my sim aquarium', aquarium)).toBeLessThan(0.7);
    expect(score(rareWordsBothWays, 'my sim aquarium', aquarium)).toBeGreaterThan(0);
  });

  it('longest_common_run is the shared run over the shorter title; title_length_ratio compares word counts', () => {
    expect(score(longestCommonRun, 'my sim aquarium', aquarium)).toBe(1);
    expect(score(longestCommonRun, 'aquarium my sim', aquarium)).toBeCloseTo(2 / 3, 5);
    expect(score(titleLengthRatio, 'personal image manager', imageManager)).toBeCloseTo(2 / 3, 5);
  });

  it('binned features split a score into named ranges, exactly one firing', () => {
    const bins = binned(trigramJaccard, [0.5]);
    expect(bins.map((feature) => feature.name)).toEqual(['trigram_jaccard_0_50', 'trigram_jaccard_50_100']);
    const fired = bins.map((feature) => score(feature, 'personal image manager', imageManager));
    expect(fired).toEqual([undefined, 1]);
  });

  it('every catalog name is unique and documented', () => {
    for (const [name, feature] of FEATURE_CATALOG) {
      expect(feature.name).toBe(name);
      expect(feature.description.length).toBeGreaterThan(20);
    }
  });
});

describe('candidate ranking', () => {
  const camera = viewListing(listingOf('panasonic lumix dmc-tz5 camera'));
  const pairs = [{ listing: camera, product: lumix! }, { listing: camera, product: scanjet! }, { listing: viewListing(listingOf('panasonic battery')), product: lumix! }];
  const [bestForListing, leadForListing, bestForProduct] = candidateRankFeatures(trigramJaccard, pairs, index.context);
  const rank = (feature: Feature | undefined, title: string, product = lumix): number | undefined =>
    feature?.compare(viewListing(listingOf(title)), product!, index.context)?.score;

  it("marks the listing's best-scoring product, read by the listing's text whatever its view", () => {
    expect(rank(bestForListing, 'panasonic lumix dmc-tz5 camera')).toBe(1);
    expect(rank(bestForListing, 'panasonic lumix dmc-tz5 camera', scanjet)).toBeUndefined();
    expect(rank(leadForListing, 'panasonic lumix dmc-tz5 camera')).toBeGreaterThan(0);
  });

  it("marks the product's best-scoring listing, and is silent for a pair it was not given", () => {
    expect(rank(bestForProduct, 'panasonic lumix dmc-tz5 camera')).toBe(1);
    expect(rank(bestForProduct, 'panasonic battery')).toBeUndefined();
    expect(rank(bestForListing, 'another listing')).toBeUndefined();
  });
});

describe('model fields and categories', () => {
  it('model_field_digits finds the digits of a model field written another way, either side', () => {
    expect(score(modelFieldDigits, 'edge 16gb card', edge, { model: 'pe222604' })).toBe(1);
    expect(score(modelFieldDigits, 'edge card pe222604', edge)).toBe(1);
    expect(score(modelFieldDigits, 'edge 16gb card', edge, { model: 'pe222605' })).toBeUndefined();
  });

  it('model_field_near_miss fires on a sibling code, not on the code itself', () => {
    expect(score(modelFieldNearMiss, 'hp drum unit', drum, { model: 'c8563a' })).toBe(1);
    expect(score(modelFieldNearMiss, 'hp drum unit', drum, { model: 'c8560a' })).toBeUndefined();
    expect(score(modelFieldNearMiss, 'hp drum unit', drum, { model: 'q2610a' })).toBeUndefined();
  });

  it('category_overlap is the share of the shorter category repeated, silent without one', () => {
    expect(score(categoryOverlap, 'edge card', edge, { category: 'digital cameras' })).toBe(1);
    expect(score(categoryOverlap, 'edge card', edge, { category: 'usb drives' })).toBeUndefined();
    expect(score(categoryOverlap, 'edge card', lumix, { category: 'digital cameras' })).toBeUndefined();
  });
});
