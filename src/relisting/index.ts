export { compareFingerprints, jaccard, RelistComparison, RelistReason, TITLE_THRESHOLD, type CompareOptions } from './compare-fingerprints.js';
export { Fingerprint, FINGERPRINT_VERSION, fingerprintListing, sellerKey } from './fingerprint.js';
export { fingerprintKeys } from './fingerprint-keys.js';
export { imageKey } from './image-key.js';
