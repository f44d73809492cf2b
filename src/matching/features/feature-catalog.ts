import type { Feature } from '../algorithm.js';
import { accessory } from './accessory.js';
import { brandConflict, brandMatch } from './brand-match.js';
import { gtinMatch } from './gtin-match.js';
import { modelExact, modelNear, modelStem, otherModel } from './model-match.js';
import { numberConflict } from './number-conflict.js';
import { productType } from './product-type.js';
import { titleSimilarity } from './title-similarity.js';
import { modelInText } from './model-in-text.js';
import { modelRarity } from './model-rarity.js';
import { numberAgreement } from './number-agreement.js';
import { tokenCosine } from './token-cosine.js';
import { codeConflict, codeDigitsShared, codesShared } from './code-overlap.js';
import { colourConflict, licenseConflict, licenseOneSided, platformConflict, tierConflict, versionAgreement, versionConflict } from './edition-match.js';
import { modelAffix, modelAffixDigits } from './model-affix.js';
import { accessoryBoth } from './accessory-both.js';
import { longestCommonRun, titleLengthRatio } from './title-shape.js';
import { binned } from './binned-feature.js';
import { modelFieldDigits, modelFieldNearMiss } from './model-field.js';
import { categoryOverlap } from './category-overlap.js';
import { fullTextOverlap, listingCoverage, rareWordsBothWays, trigramJaccard } from './text-overlap.js';

/** Where `trigram_jaccard` is cut into bins that a fit weighs separately. */
const TRIGRAM_BINS = [0.2, 0.4, 0.6, 0.8] as const;

/** Every feature by name: what a fitted algorithm's JSON refers to. */
export const FEATURE_CATALOG: ReadonlyMap<string, Feature> = new Map(
  [gtinMatch, modelExact, modelStem, brandMatch, titleSimilarity, productType, modelNear, otherModel, brandConflict, numberConflict, accessory,
    tokenCosine, modelInText, modelRarity, numberAgreement,
    modelAffix, modelAffixDigits, accessoryBoth, codesShared, codeConflict, codeDigitsShared,
    versionConflict, versionAgreement, platformConflict, licenseConflict, licenseOneSided, tierConflict, colourConflict,
    trigramJaccard, fullTextOverlap, rareWordsBothWays, listingCoverage, longestCommonRun, titleLengthRatio,
    modelFieldDigits, modelFieldNearMiss, categoryOverlap,
    ...binned(trigramJaccard, TRIGRAM_BINS)]
    .map((feature) => [feature.name, feature]),
);
