import { RecallguardError } from '../errors/index.js';
import type { Algorithm } from './algorithm.js';
import { rgV1 } from './algorithms/rg-v1.js';

/** Every algorithm by name. Old versions stay so that stored matches can be reproduced. */
export const ALGORITHMS: ReadonlyMap<string, Algorithm> = new Map([[rgV1.name, rgV1]]);

export const DEFAULT_ALGORITHM = rgV1.name;

/** @example getAlgorithm('rg-v1').thresholds.block // 0.85 */
export function getAlgorithm(name: string = DEFAULT_ALGORITHM): Algorithm {
  const algorithm = ALGORITHMS.get(name);
  if (!algorithm) {
    throw new RecallguardError('RG_ERR_UNKNOWN_ALGORITHM', `unknown algorithm "${name}"; known: ${[...ALGORITHMS.keys()].join(', ')}`);
  }
  return algorithm;
}
