import { RecallguardError } from '../errors/index.js';
import type { Algorithm } from './algorithm.js';
import { rgV1 } from './algorithms/rg-v1.js';
import { rgV3 } from './algorithms/rg-v3.js';
import rgV2Fit from './algorithms/rg-v2.json' with { type: 'json' };
import { algorithmFromFit, FittedAlgorithm } from './fitting/fitted-algorithm.js';

/** rg-v2: the logistic fit written by `npm run fit` (a JSON import, so tsc copies it into dist/). */
const rgV2 = algorithmFromFit(FittedAlgorithm.parse(rgV2Fit));

/** Every algorithm by name. Old versions stay so that stored matches can be reproduced. */
export const ALGORITHMS: ReadonlyMap<string, Algorithm> = new Map([
  [rgV1.name, rgV1],
  [rgV2.name, rgV2],
  [rgV3.name, rgV3],
]);

export const DEFAULT_ALGORITHM = rgV3.name;

/** @example getAlgorithm('rg-v1').thresholds.block // 0.85 */
export function getAlgorithm(name: string = DEFAULT_ALGORITHM): Algorithm {
  const algorithm = ALGORITHMS.get(name);
  if (!algorithm) {
    throw new RecallguardError('RG_ERR_UNKNOWN_ALGORITHM', `unknown algorithm "${name}"; known: ${[...ALGORITHMS.keys()].join(', ')}`);
  }
  return algorithm;
}
