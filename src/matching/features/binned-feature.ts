import type { Feature } from '../algorithm.js';

/**
 * Splits a continuous feature into named bins, each a feature of its own that scores 1 when the base feature's
 * score falls in `[low, high)` (the last bin includes 1): a fitted model then gives each range its own
 * weight, so a similarity can matter a lot above 0.8 and little below, and each weight still reads by name.
 * @example binned(tokenCosine, [0.5, 0.8]).map((feature) => feature.name) // ['token_cosine_0_50', 'token_cosine_50_80', 'token_cosine_80_100']
 */
export function binned(base: Feature, edges: readonly number[]): Feature[] {
  const bounds = [0, ...edges, 1];
  const percent = (value: number): string => String(Math.round(value * 100));
  return bounds.slice(0, -1).map((low, i) => {
    const high = bounds[i + 1] as number;
    const last = i === bounds.length - 2;
    return {
      name: `${base.name}_${percent(low)}_${percent(high)}`,
      description: `\`${base.name}\` fired with a score from ${low} to ${high} (${last ? 'inclusive' : 'exclusive'}): ${base.description}`,
      compare(listing, product, context) {
        const outcome = base.compare(listing, product, context);
        if (outcome === undefined || outcome.score < low || (last ? outcome.score > high : outcome.score >= high)) return undefined;
        return { score: 1, detail: outcome.detail };
      },
    };
  });
}
