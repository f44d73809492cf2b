import type { Fingerprint } from './fingerprint.js';

/**
 * The lookup keys under which to index a removed listing's fingerprint, so a new listing finds the few
 * removed ones it could match without a scan: every rule of `compareFingerprints` needs a shared GTIN,
 * model key, image or seller, and each becomes a key. Look a new listing's keys up, then compare.
 * @example fingerprintKeys(fingerprint) // ['gtin:00036000291452', 'model:a1263', 'image:cdn.example.com/i/1.jpg', 'seller:shopx/volthub']
 */
export function fingerprintKeys(fingerprint: Fingerprint): string[] {
  return [
    ...fingerprint.gtins.map((gtin) => `gtin:${gtin}`),
    ...fingerprint.modelKeys.map((key) => `model:${key}`),
    ...fingerprint.images.map((image) => `image:${image}`),
    ...(fingerprint.seller === null ? [] : [`seller:${fingerprint.seller}`]),
  ];
}
