import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Listing } from '../listings/index.js';
import { Recall } from '../recalls/index.js';
import { ALGORITHMS, buildRecallIndex, compare, compareToReport, viewListing } from './index.js';

// The demo's 30 recalls and 204 listings (re-listings, evasions, look-alikes), every listing against every product.
const recallFile = JSON.parse(readFileSync(new URL('../../data/demo/recalls.json', import.meta.url), 'utf8')) as { recalls: unknown[] };
const recalls = recallFile.recalls.map((raw) => Recall.parse(raw));
const listings = readFileSync(new URL('../../data/demo/listings.ndjson', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => Listing.parse(JSON.parse(line)));

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
