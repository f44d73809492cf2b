export { gtinCandidates, gtinCheckDigit, normalizeGtin, extractGtins, unreadableBarcode } from './gtin.js';
export { extractModelCandidates, extractModelMentions, isModelLike, modelDisplay, modelKey } from './model-number.js';
export { isQuantityToken, isUnitWord } from './quantity.js';
export { BRAND_ALIASES, AMBIGUOUS_CJK_ALIASES, type BrandAlias } from './brand-aliases.js';
export { brandKey, brandSkeleton, compactBrandKey, findBrandMentions, toSimplified } from './brand.js';
export { containsCjk, foldText, STOP_WORDS, tokenize } from './text.js';
export { undoLeet } from './leet.js';
export { foldCapitalI, foldConfusables, foldWidth, isAscii } from './unicode.js';
