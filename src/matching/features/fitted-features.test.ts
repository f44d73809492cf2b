import { describe, expect, it } from 'vitest';
import { buildRecallIndex } from '../recall-index.js';
import { viewListing } from '../listing-view.js';
import { listingOf, recallOf } from '../testing/factories.js';
import { modelInText } from './model-in-text.js';
import { modelRarity } from './model-rarity.js';
import { numberAgreement } from './number-agreement.js';
import { tokenCosine } from './token-cosine.js';

const index = buildRecallIndex([
  recallOf('cpsc:n1', { name: 'Nikon Coolpix S550 Digital Camera', brands: ['Nikon'] }),
  recallOf('cpsc:n2', { name: 'Anker PowerCore 10000 Power Bank', brands: ['Anker'], modelNumbers: ['A1263'] }),
  recallOf('cpsc:n3', { name: 'Anker PowerCore 10000 Redux', brands: ['Anker'], modelNumbers: ['A1263'] }),
  recallOf('cpsc:n4', { name: 'Qbit Stroller', brands: ['gb'], modelNumbers: ['10AW1G'] }),
]);
const [camera, bank, , stroller] = index.products;
const score = (feature: typeof tokenCosine, title: string, product = bank, extra = {}): number | undefined =>
  feature.compare(viewListing(listingOf(title, extra)), product!, index.context)?.score;

describe('features added for rg-v2', () => {
  it('token_cosine is 1 for the same words, lower with extra words, silent with none shared', () => {
    expect(score(tokenCosine, 'Qbit Stroller', stroller)).toBeCloseTo(1, 5);
    expect(score(tokenCosine, 'Qbit Stroller grey lightweight travel', stroller)).toBeLessThan(0.8);
    expect(score(tokenCosine, 'kitchen knife', stroller)).toBeUndefined();
  });

  it('model_rarity divides by how many products list the model', () => {
    expect(score(modelRarity, 'A1263', bank)).toBeCloseTo(0.5, 5);
    expect(score(modelRarity, '10AW1G stroller', stroller)).toBe(1);
    expect(score(modelRarity, 'A1264', bank)).toBeUndefined();
  });

  it('model_in_text finds a listing model in the product name and a recalled model in the title', () => {
    expect(score(modelInText, 'camera', camera, { model: 'S-550' })).toBe(1);
    expect(score(modelInText, 'stroller 10AW1G grey', stroller)).toBe(1);
    expect(score(modelInText, 'camera', camera, { model: 'S560' })).toBeUndefined();
  });

  it('number_agreement is the share of numeric name tokens repeated', () => {
    expect(score(numberAgreement, 'PowerCore 10000 bank')).toBe(1);
    expect(score(numberAgreement, 'PowerCore 20000 bank')).toBeUndefined();
  });
});
