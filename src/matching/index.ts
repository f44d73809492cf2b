export type { Algorithm, Feature, FeatureOutcome, MatchContext } from './algorithm.js';
export { Thresholds } from './algorithm.js';
export { ALGORITHMS, DEFAULT_ALGORITHM, getAlgorithm } from './algorithm-registry.js';
export { compare, type Comparison } from './compare.js';
export { viewListing, type ListingView, type ModelMention } from './listing-view.js';
export { FeatureResult, ListingDecision, MatchDecision, RecallMatch, ScreeningResult } from './match-result.js';
export { viewProduct, type ProductView } from './product-view.js';
export { buildRecallIndex, RecallIndex, type RecallIndexOptions } from './recall-index.js';
export { screenListing, type ScreenOptions } from './screen.js';
