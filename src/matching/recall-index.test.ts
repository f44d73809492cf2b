import { describe, expect, it } from 'vitest';
import { viewListing } from './listing-view.js';
import { buildRecallIndex } from './recall-index.js';
import { listingOf, recallOf } from './testing/factories.js';

const RECALLS = [
  recallOf('cpsc:b1', { name: 'Rock n Play Sleeper', brands: ['Fisher Price'] }),
  recallOf('cpsc:b2', { name: 'Travel System', brands: ['Baby Trend'] }),
  recallOf('cpsc:b3', { name: 'Jogging Stroller', brands: ['Baby Trend Expedition'] }),
  recallOf('cpsc:b4', { name: 'Dining Chair', brands: ['Baby Kraft'] }),
];

function candidateRecalls(title: string): string[] {
  const index = buildRecallIndex(RECALLS);
  const view = viewListing(listingOf(title), index.viewOptions);
  return index.candidates(view).map((id) => index.products[id]?.recall.id ?? '');
}

describe('RecallIndex candidates from brands of several words', () => {
  it('follows a brand word by word through the title', () => {
    expect(candidateRecalls('fisher price musical mobile')).toEqual(['cpsc:b1']);
    expect(candidateRecalls('New BABY TREND bike bell')).toEqual(['cpsc:b2']);
    expect(candidateRecalls('baby trend expedition baby kraft set')).toEqual(['cpsc:b2', 'cpsc:b3', 'cpsc:b4']);
  });

  it('needs the whole brand, in order', () => {
    expect(candidateRecalls('price fisher toy')).toEqual([]);
    expect(candidateRecalls('baby musical trend toy')).toEqual([]);
    expect(candidateRecalls('fisher-made price tag')).toEqual([]);
  });
});
