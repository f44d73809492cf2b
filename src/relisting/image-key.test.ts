import { describe, expect, it } from 'vitest';
import { fingerprintKeys } from './fingerprint-keys.js';
import { fingerprintListing, sellerKey } from './fingerprint.js';
import { imageKey } from './image-key.js';

describe('imageKey', () => {
  it.each([
    ['https://cdn.example.com/i/abc.jpg', 'cdn.example.com/i/abc.jpg'],
    ['HTTPS://CDN.Example.COM/i/abc.jpg?w=300#zoom', 'cdn.example.com/i/abc.jpg'],
    ['http://cdn.example.com:80/i/abc.jpg', 'cdn.example.com/i/abc.jpg'],
    ['//cdn.example.com/i/ABC.jpg', 'cdn.example.com/i/ABC.jpg'],
    ['  https://cdn.example.com:8443/i/abc.jpg ', 'cdn.example.com:8443/i/abc.jpg'],
    ['https://cdn.example.com/', undefined],
    ['/i/abc.jpg', undefined],
    ['data:image/png;base64,AAAA', undefined],
    ['not a url', undefined],
  ])('%s -> %s', (raw, key) => {
    expect(imageKey(raw)).toBe(key);
  });
});

describe('sellerKey and fingerprintKeys', () => {
  it('folds the seller and keeps the marketplace apart', () => {
    expect(sellerKey({ seller: ' VoltHub  Store ', marketplace: 'ShopX' })).toBe('shopx/volthub store');
    expect(sellerKey({ seller: 'ＶｏｌｔＨｕｂ' })).toBe('/volthub');
    expect(sellerKey({})).toBeNull();
  });

  it('lists a key for every identifier a rule can share', () => {
    const fingerprint = fingerprintListing({
      id: 'L1',
      title: 'Anker A1263 power bank',
      gtins: ['036000291452'],
      seller: 'VoltHub',
      marketplace: 'shopx',
      images: ['https://img.example/p/1.jpg?x=1'],
    });
    expect(fingerprintKeys(fingerprint)).toEqual(['gtin:00036000291452', 'model:a1263', 'image:img.example/p/1.jpg', 'seller:shopx/volthub']);
  });
});
