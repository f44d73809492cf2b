import { describe, expect, it } from 'vitest';
import type { Listing } from '../listings/index.js';
import { compareFingerprints, jaccard } from './compare-fingerprints.js';
import { Fingerprint, fingerprintListing } from './fingerprint.js';

/** A removed listing and its would-be re-listing; only what differs is spelled out. */
const removed = (fields: Partial<Listing> = {}): Listing => ({
  id: 'removed-1',
  title: 'Anker PowerCore 10000 Portable Charger A1263 Power Bank',
  seller: 'VoltHub',
  marketplace: 'shopx',
  images: ['https://img.shopx.example/p/8812/main.jpg'],
  ...fields,
});
const fresh = (fields: Partial<Listing>): Listing => ({ id: 'new-1', title: 'untitled', seller: 'VoltHub', marketplace: 'shopx', ...fields });

interface Case {
  readonly name: string;
  readonly listing: Listing;
  readonly was?: Listing;
  readonly expect: { readonly relisted: boolean; readonly by?: string; readonly vetoedBy?: string };
  readonly commonImages?: readonly string[];
}

const CASES: readonly Case[] = [
  {
    name: 'the same title reformatted, model dropped, same seller',
    listing: fresh({ title: 'NEW!! anker powercore 10000 power bank portable charger - fast ship' }),
    expect: { relisted: true, by: 'title' },
  },
  {
    name: 'the same model under another seller and another title',
    listing: fresh({ seller: 'ChargeKing', title: 'Fast phone battery pack a-1263, black' }),
    expect: { relisted: true, by: 'model' },
  },
  {
    name: 'the same image behind another query string and host case',
    listing: fresh({ seller: 'ChargeKing', title: 'Slim battery pack', images: ['HTTP://IMG.shopx.example/p/8812/main.jpg?w=600'] }),
    expect: { relisted: true, by: 'image' },
  },
  {
    name: 'the same GTIN, once in the gtins field and once in the description',
    was: removed({ gtins: ['0 36000 29145 2'] }),
    listing: fresh({ seller: 'Other', title: 'Battery pack', description: 'EAN 0036000291452, ships fast' }),
    expect: { relisted: true, by: 'gtin' },
  },
  {
    name: 'a short model number with the same seller',
    was: removed({ title: 'Mini heater X100 desk', images: [] }),
    listing: fresh({ title: 'Desk heater, model X-100' }),
    expect: { relisted: true, by: 'model' },
  },
  {
    name: 'a different product by the same seller, same stock photo',
    listing: fresh({ title: 'Anker PowerCore 20000 A1271 Power Bank Portable Charger', images: ['https://img.shopx.example/p/8812/main.jpg'] }),
    expect: { relisted: false, vetoedBy: 'model-conflict' },
  },
  {
    name: 'a different product by the same seller, no model numbers',
    was: removed({ title: 'Baby Crib Bumper Pad Set Blue Stars 4 piece', images: [] }),
    listing: fresh({ title: 'Baby Crib Sheet Set Cotton Blue Stars' }),
    expect: { relisted: false },
  },
  {
    name: 'another capacity in an otherwise identical title',
    was: removed({ title: 'Portable Charger 10000mAh Black', images: [] }),
    listing: fresh({ title: 'Portable Charger 20000mAh Black' }),
    expect: { relisted: false, vetoedBy: 'number-conflict' },
  },
  {
    name: 'a similar title from another seller',
    listing: fresh({ seller: 'ChargeKing', title: 'NEW!! anker powercore 10000 power bank portable charger - fast ship' }),
    expect: { relisted: false },
  },
  {
    name: 'the same seller name on another marketplace',
    listing: fresh({ marketplace: 'bazaar', title: 'NEW!! anker powercore 10000 power bank portable charger - fast ship' }),
    expect: { relisted: false },
  },
  {
    name: 'a short model number from another seller',
    was: removed({ title: 'Mini heater X100 desk', images: [] }),
    listing: fresh({ seller: 'Other', title: 'Desk heater, model X-100' }),
    expect: { relisted: false },
  },
  {
    name: 'a marketplace placeholder image',
    listing: fresh({ seller: 'Other', title: 'Garden hose 20 m', images: ['https://img.shopx.example/p/8812/main.jpg'] }),
    commonImages: ['img.shopx.example/p/8812/main.jpg'],
    expect: { relisted: false },
  },
];

describe('compareFingerprints: relisting cases', () => {
  it.each(CASES)('$name', (test) => {
    const result = compareFingerprints(fingerprintListing(test.listing), fingerprintListing(test.was ?? removed()), {
      commonImages: new Set(test.commonImages ?? []),
    });
    expect(result.relisted).toBe(test.expect.relisted);
    if (test.expect.by) expect(result.reasons[0]?.feature).toBe(test.expect.by);
    if (test.expect.vetoedBy) expect(result.reasons.map((r) => r.feature)).toContain(test.expect.vetoedBy);
    expect(result.score).toBe(result.relisted ? result.reasons[0]?.score : 0);
  });

  it('explains itself', () => {
    const result = compareFingerprints(fingerprintListing(fresh({ seller: 'ChargeKing', title: 'Battery A1263' })), fingerprintListing(removed()));
    expect(result.reasons).toEqual([{ feature: 'model', score: 0.95, detail: 'same model number a1263' }]);
  });

  it('takes the title threshold from the caller', () => {
    const listing = fingerprintListing(fresh({ title: 'Kids Hoodie with Drawstring - red - size 6 - cotton' }));
    const was = fingerprintListing(removed({ title: 'Kids Drawstring Hoodie Red Size 6', images: [] }));
    expect(compareFingerprints(listing, was).relisted).toBe(true);
    expect(compareFingerprints(listing, was, { titleThreshold: 0.95 }).relisted).toBe(false);
  });

  it('computes Jaccard similarity', () => {
    expect(jaccard(['a', 'b', 'c'], ['b', 'c', 'd'])).toBe(0.5);
    expect(jaccard([], [])).toBe(0);
  });
});

describe('fingerprintListing', () => {
  it('survives a JSON round trip through its schema', () => {
    const fingerprint = fingerprintListing(removed({ gtins: ['036000291452'], description: 'Model A1263' }));
    expect(Fingerprint.parse(JSON.parse(JSON.stringify(fingerprint)))).toEqual(fingerprint);
    expect(fingerprint).toMatchObject({
      version: 'fp-v1',
      listingId: 'removed-1',
      seller: 'shopx/volthub',
      gtins: ['00036000291452'],
      modelKeys: ['a1263'],
      numbers: ['10000', 'a1263'],
      images: ['img.shopx.example/p/8812/main.jpg'],
    });
  });

  it('does not depend on word order, case or punctuation', () => {
    const a = fingerprintListing(removed({ title: 'Power Bank, Anker PowerCore 10000 (A1263) portable CHARGER' }));
    const b = fingerprintListing(removed());
    expect(a.titleShingles).toEqual(b.titleShingles);
  });

  it('keeps no seller when none is named', () => {
    expect(fingerprintListing(removed({ seller: undefined })).seller).toBeNull();
    expect(fingerprintListing(removed({ seller: '   ' })).seller).toBeNull();
  });
});
