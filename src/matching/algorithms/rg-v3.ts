import type { Algorithm } from '../algorithm.js';
import {
  accessoryUnlessOwnWording, brandConflict, brandMatch, gtinMatch, modelFeatures, numberConflict, productType, rareBrandName, titleSimilarity,
} from '../features/index.js';

const { modelExact, modelStem, modelNear, otherModel } = modelFeatures({ joined: true, recallWide: true });

/**
 * rg-v3: rg-v1's weights and thresholds with the fixes its error analysis called for (docs/matching.md §4, §7):
 * model numbers written in parts ("TH 440") or with letters for digits ("DlOO") count when they spell a recalled
 * one; `other_model` and `model_near` speak for a product that lists no models when another product of the same
 * notice does or its name carries a code ("Venus Simply3"), read long pure numbers against pure-digit models and
 * ignore model years and words spelt with look-alike digits; `accessory` leaves the product's own wording
 * ("Goods For Life") and a shared barcode alone; a narrow brand with its whole generic name reaches review.
 * Never change in place: add rg-v4.
 */
export const rgV3: Algorithm = {
  name: 'rg-v3',
  description: 'rg-v1 with model numbers in parts or look-alike letters, notice-wide and name-code other models, own-wording-aware accessories and rare-brand names.',
  features: [
    { feature: gtinMatch, weight: 0.95 },
    { feature: modelExact, weight: 0.75 },
    { feature: modelStem, weight: 0.5 },
    { feature: brandMatch, weight: 0.2 },
    { feature: rareBrandName, weight: 0.15 },
    { feature: titleSimilarity, weight: 0.55 },
    { feature: productType, weight: 0.1 },
    { feature: modelNear, weight: -0.35 },
    { feature: otherModel, weight: -0.3 },
    { feature: brandConflict, weight: -0.35 },
    { feature: numberConflict, weight: -0.25 },
    { feature: accessoryUnlessOwnWording, weight: -1.2 },
  ],
  thresholds: { block: 0.85, review: 0.5 },
};
