import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { viewListing } from '../listing-view.js';
import { buildRecallIndex } from '../recall-index.js';
import { listingOf, recallOf } from '../testing/factories.js';
import { isOneEditApart, modelFeatures } from './model-match.js';

const key = fc.stringMatching(/^[a-z0-9]{2,12}$/);

describe('isOneEditApart', () => {
  it.each([
    ['a1263', 'a1264', true], ['a1263', 'a12630', true], ['a1263', 'a263', true], ['a1263', 'a1236', true],
    ['a1263', 'a1263', false], ['a1263', 'a1274', false], ['a1263', 'a126300', false], ['bs30kp365', 'bs30kp366', true],
  ])('%s vs %s -> %s', (a, b, expected) => {
    expect(isOneEditApart(a, b)).toBe(expected);
  });

  test.prop([key, key])('is symmetric', (a, b) => {
    expect(isOneEditApart(a, b)).toBe(isOneEditApart(b, a));
  });

  test.prop([key, fc.nat(), fc.constantFrom(...'abcxyz0123456789')])('one deletion, insertion or substitution is one edit', (a, at, char) => {
    const i = at % a.length;
    const variants = [a.slice(0, i) + a.slice(i + 1), a.slice(0, i) + char + a.slice(i), a.slice(0, i) + char + a.slice(i + 1)];
    for (const variant of variants) if (variant !== a) expect(isOneEditApart(a, variant)).toBe(true);
  });
});

describe('model_exact and model_stem', () => {
  const { modelExact, modelStem } = modelFeatures({ joined: true, recallWide: true });
  const index = buildRecallIndex([
    recallOf('cpsc:17057', { name: 'gb Qbit Lightweight Stroller', brands: ['gb'], modelNumbers: ['10AW1G-AQU2U'] }),
    recallOf('cpsc:t-helmet', { name: 'Bicycle Helmets', brands: ['Retrospec'] }),
    recallOf('cpsc:t-bushhog', { name: 'Trail Hunter Off-Road Utility Vehicle', brands: ['Bush Hog'], modelNumbers: ['TH440'] }),
  ]);
  const [stroller, helmet, bushHog] = index.products;
  const outcomes = (title: string, product = stroller) => {
    const listing = viewListing(listingOf(title), index.viewOptions);
    return [modelExact.compare(listing, product!, index.context), modelStem.compare(listing, product!, index.context)];
  };

  it('match a recalled model exactly, written in parts too, or by its base', () => {
    expect(outcomes('Qbit stroller 10AW1G-AQU2U')).toEqual([{ score: 1, detail: 'listing "10AW1G-AQU2U" = recalled model "10AW1G-AQU2U"' }, undefined]);
    expect(outcomes('Bush Hog TH 440 utility vehicle', bushHog)[0]).toEqual({ score: 1, detail: 'listing "TH 440" = recalled model "TH440"' });
    expect(outcomes('Qbit stroller 10AW1G')).toEqual([undefined, { score: 0.8, detail: 'listing "10AW1G" is the base of recalled model "10AW1G-AQU2U"' }]);
  });

  it('never fire for a product that lists no model', () => {
    expect(outcomes('Retrospec helmet 10AW1G-AQU2U', helmet)).toEqual([undefined, undefined]);
  });
});
