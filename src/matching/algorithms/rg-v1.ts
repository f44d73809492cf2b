import type { Algorithm } from '../algorithm.js';
import {
  accessory, brandConflict, brandMatch, gtinMatch, modelExact, modelNear, modelStem, numberConflict, otherModel,
  productType, titleSimilarity,
} from '../features/index.js';

/**
 * rg-v1: hand-weighted features summed and clipped to [0, 1]. A barcode or a distinctive model number alone
 * reaches `block`; brand plus a specific name reaches `review`; accessory wording, other model numbers,
 * a different stated brand or a different capacity pull the score down. Never change in place: add rg-v2.
 */
export const rgV1: Algorithm = {
  name: 'rg-v1',
  description: 'Hand-weighted sum of barcode, model-number, brand, name-rarity and negative-evidence features.',
  features: [
    { feature: gtinMatch, weight: 0.95 },
    { feature: modelExact, weight: 0.75 },
    { feature: modelStem, weight: 0.5 },
    { feature: brandMatch, weight: 0.2 },
    { feature: titleSimilarity, weight: 0.55 },
    { feature: productType, weight: 0.1 },
    { feature: modelNear, weight: -0.35 },
    { feature: otherModel, weight: -0.3 },
    { feature: brandConflict, weight: -0.35 },
    { feature: numberConflict, weight: -0.25 },
    { feature: accessory, weight: -1.2 },
  ],
  thresholds: { block: 0.85, review: 0.5 },
};
