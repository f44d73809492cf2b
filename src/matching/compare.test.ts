import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRecallFiles } from '../feeds/index.js';
import { readListings, type Listing } from '../listings/index.js';
import type { Recall } from '../recalls/index.js';
import { ALGORITHMS, buildRecallIndex, compare, compareToReport, viewListing } from './index.js';

// The demo's 30 recalls and 204 listings (re-listings, evasions, look-alikes), every listing against every product.
const demo = (file: string): string => fileURLToPath(new URL(`../../data/demo/${file}`, import.meta.url));
let recalls: readonly Recall[] = [];
const listings: Listing[] = [];

beforeAll(async () => {
  recalls = (await readRecallFiles([demo('recalls.json')])).recalls;
  for await (const item of readListings(demo('listings.ndjson'))) if (item.ok) listings.push(item.listing);
});

describe('compareToReport', () => {
  it.each([...ALGORITHMS])(
    'is what compare gives for every pair %s reports, and undefined for every other pair',
    (_name, algorithm) => {
      const index = buildRecallIndex(recalls, { algorithm });
      const thresholdSets = [algorithm.thresholds, { review: 0.3, block: 0.6 }, { review: 0.75, block: 0.9 }];
      let reported = 0;
      let pairs = 0;
      for (const listing of listings) {
        const view = viewListing(listing, index.viewOptions);
        for (const product of index.products) {
          for (const thresholds of thresholdSets) {
            const full = compare(view, product, index.algorithm, index.context, thresholds);
            const screened = compareToReport(view, product, index.algorithm, index.context, thresholds);
            pairs += 1;
            if (full.decision === undefined) {
              expect(screened).toBeUndefined();
            } else {
              reported += 1;
              expect(screened).toEqual(full);
            }
          }
        }
      }
      expect(pairs).toBeGreaterThan(15_000);
      expect(reported).toBeGreaterThan(100);
    },
  );
});
