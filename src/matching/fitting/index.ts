export { chooseThresholds, type ScoredLabel, type ThresholdTargets } from './choose-thresholds.js';
export { featureVector } from './feature-vector.js';
export { fitAlgorithm, type FitInput, type LabelledPair } from './fit-algorithm.js';
export { bestCandidateLabels, chooseListingThresholds } from './listing-thresholds.js';
export { algorithmFromFit, FittedAlgorithm } from './fitted-algorithm.js';
export { fitLogistic, predictLogistic, type LogisticModel, type LogisticOptions, type TrainingRow } from './logistic-regression.js';
