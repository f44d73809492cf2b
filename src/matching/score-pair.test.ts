import { describe, expect, it } from 'vitest';
import { isRecallguardError } from '../errors/index.js';
import { buildRecallIndex, scorePair, screenListing } from './index.js';
import { listingOf, recallOf } from './testing/factories.js';

// Model numbers and brand of a real CPSC recall (17057 Qbit stroller); the lamps are made up, several so that
// "lamp" is a common word that proposes no candidate on its own.
const LAMP_BRANDS = ['Brightline', 'Lumora', 'Glowdesk', 'Halvard', 'Pinelight'];
const INDEX = buildRecallIndex([
  recallOf('cpsc:17057', { name: 'gb Qbit Lightweight Stroller', brands: ['gb'], modelNumbers: ['10AW1G-AQU2U', '10AW1G-RAS2U'] }),
  ...LAMP_BRANDS.map((brand, i) => recallOf(`cpsc:t-lamp-${i}`, { name: `${brand} Lamp`, brands: [brand], modelNumbers: [`BL-22${i}0`] })),
]);
const EVERY_FEATURE = { review: 0, block: 0 };

describe('scorePair', () => {
  it('scores the given product even when candidate generation would not propose it', () => {
    const listing = listingOf('Bedside lamp with USB port');
    expect(screenListing(INDEX, listing).matches).toEqual([]);
    const result = scorePair(INDEX, listing, 1, EVERY_FEATURE);
    expect(result.score).toBeGreaterThan(0);
    expect(result.features.map((feature) => feature.name)).toContain('title_similarity');
  });

  it('agrees with screenListing on a pair that screening finds', () => {
    const listing = listingOf('gb Qbit stroller 10AW1G-AQU2U');
    const screened = screenListing(INDEX, listing).matches.find((match) => match.recallId === 'cpsc:17057');
    const paired = scorePair(INDEX, listing, 0);
    expect(paired.score).toBe(screened?.score);
    expect(paired.decision).toBe('block');
  });

  it('evaluates negative features below review when review is 0', () => {
    const listing = listingOf('Reading lamp BL-2201', { brand: 'Otherco' });
    const partial = scorePair(INDEX, listing, 1);
    const full = scorePair(INDEX, listing, 1, EVERY_FEATURE);
    expect(partial.features.map((feature) => feature.name)).not.toContain('model_near');
    expect(full.features.map((feature) => feature.name)).toContain('model_near');
    expect(full.score).toBeLessThan(partial.score);
  });

  it('rejects a product id outside the index with a coded error', () => {
    for (const id of [INDEX.products.length, -1]) {
      let thrown: unknown;
      try {
        scorePair(INDEX, listingOf('anything'), id);
      } catch (error) {
        thrown = error;
      }
      expect(isRecallguardError(thrown) && thrown.code).toBe('RG_ERR_INTERNAL');
    }
  });
});
