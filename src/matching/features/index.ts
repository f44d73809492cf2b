export { accessory } from './accessory.js';
export { brandConflict, brandMatch } from './brand-match.js';
export { gtinMatch } from './gtin-match.js';
export { isOneEditApart, modelDistinctiveness, modelExact, modelNear, modelStem, otherModel } from './model-match.js';
export { numberConflict } from './number-conflict.js';
export { productType } from './product-type.js';
export { titleSimilarity } from './title-similarity.js';
export { FEATURE_CATALOG } from './feature-catalog.js';
