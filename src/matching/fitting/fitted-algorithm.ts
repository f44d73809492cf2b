import { z } from 'zod';
import { RecallguardError } from '../../errors/index.js';
import { Thresholds, type Algorithm, type Feature } from '../algorithm.js';
import { FEATURE_CATALOG } from '../features/index.js';

/**
 * A fitted algorithm as stored: logistic weights per feature, thresholds chosen on validation data, and where
 * it came from. Small enough to review in a pull request.
 */
export const FittedAlgorithm = z.object({
  name: z.string().regex(/^rg-v\d+[a-z0-9-]*$/),
  description: z.string(),
  intercept: z.number(),
  weights: z.record(z.string(), z.number()),
  thresholds: Thresholds,
  provenance: z.object({
    fittedAt: z.string(),
    sources: z.array(z.string()).min(1),
    pairs: z.object({ positive: z.number().int(), negative: z.number().int() }),
    l2: z.number(),
    /** Seed of the generated data the pairs came from, when there is one. */
    seed: z.number().int().optional(),
    validation: z.record(z.string(), z.number()).default({}),
  }),
});
export type FittedAlgorithm = z.infer<typeof FittedAlgorithm>;

/**
 * Turns a stored fit into an algorithm: features looked up by name, positive weights first (scoring relies on
 * that order), logistic combination with the fitted intercept.
 * @example algorithmFromFit(FittedAlgorithm.parse(json)).thresholds.block
 */
export function algorithmFromFit(fit: FittedAlgorithm): Algorithm {
  for (const name of Object.keys(fit.weights)) {
    if (!FEATURE_CATALOG.has(name)) throw new RecallguardError('RG_ERR_INVALID_CONFIG', `algorithm ${fit.name} names an unknown feature "${name}"`);
  }
  const features: { feature: Feature; weight: number }[] = [];
  for (const [name, feature] of FEATURE_CATALOG) {
    const weight = fit.weights[name];
    if (weight !== undefined && weight !== 0) features.push({ feature, weight });
  }
  features.sort((a, b) => (a.weight < 0 ? 1 : 0) - (b.weight < 0 ? 1 : 0));
  return {
    name: fit.name,
    description: fit.description,
    features,
    thresholds: fit.thresholds,
    combination: { kind: 'logistic', intercept: fit.intercept },
  };
}
