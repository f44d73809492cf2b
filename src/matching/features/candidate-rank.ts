import type { Feature, MatchContext } from '../algorithm.js';
import type { ListingView } from '../listing-view.js';
import type { ProductView } from '../product-view.js';

/** A listing and one product it is compared with; no label. */
export interface CandidatePair {
  readonly listing: ListingView;
  readonly product: ProductView;
}

interface Standing {
  readonly best: boolean;
  readonly lead: number;
}

/** The same listing record compared several times has one key, whatever view or id it was given. */
function listingKey(view: ListingView): string {
  const { title, description, brand, model, category } = view.listing;
  return JSON.stringify([title, description, brand, model, category]);
}

/** For each group member: is its score the group's highest, and by how much it leads the runner-up (0 when it does not). */
function standings<K>(scores: ReadonlyMap<K, number>): Map<K, Standing> {
  const out = new Map<K, Standing>();
  for (const [member, score] of scores) {
    let runnerUp = 0;
    for (const [other, otherScore] of scores) if (other !== member && otherScore > runnerUp) runnerUp = otherScore;
    out.set(member, { best: score >= runnerUp, lead: Math.max(0, score - runnerUp) });
  }
  return out;
}

function grouped<G, M>(entries: readonly (readonly [G, M, number])[]): Map<G, Map<M, Standing>> {
  const groups = new Map<G, Map<M, number>>();
  for (const [group, member, score] of entries) {
    const scores = groups.get(group) ?? new Map<M, number>();
    scores.set(member, score);
    groups.set(group, scores);
  }
  return new Map([...groups].map(([group, scores]) => [group, standings(scores)]));
}

function rankFeature(name: string, description: string, read: (listing: ListingView, product: ProductView) => Standing | undefined, value: (standing: Standing) => number): Feature {
  return {
    name,
    description,
    compare(listing, product) {
      const standing = read(listing, product);
      if (standing === undefined) return undefined;
      const score = value(standing);
      return score > 0 ? { score, detail: `${standing.best ? 'best' : 'not the best'} candidate, lead ${standing.lead.toFixed(2)}` } : undefined;
    },
  };
}

/**
 * How a pair stands among the other candidate pairs of its listing and of its product, by one base feature
 * (the title similarity): the listing's best-scoring product, the product's best-scoring listing, and the lead
 * over the runner-up. Read from the pairs given (all the candidates compared, never their labels); a pair that
 * is not among them is silent.
 * @example candidateRankFeatures(trigramJaccard, pairs, context).map((f) => f.name) // ['best_title_match_for_listing', …]
 */
export function candidateRankFeatures(base: Feature, pairs: readonly CandidatePair[], context: MatchContext): Feature[] {
  const entries = pairs.map((pair) => [listingKey(pair.listing), pair.product, base.compare(pair.listing, pair.product, context)?.score ?? 0] as const);
  const byListing = grouped(entries);
  const byProduct = grouped(entries.map(([listing, product, score]) => [product, listing, score] as const));
  const forListing = (listing: ListingView, product: ProductView): Standing | undefined => byListing.get(listingKey(listing))?.get(product);
  const forProduct = (listing: ListingView, product: ProductView): Standing | undefined => byProduct.get(product)?.get(listingKey(listing));
  const of = `\`${base.name}\``;
  return [
    rankFeature(`best_title_match_for_listing`, `Among every product the listing is compared with, this one has the highest ${of} (ties and a lone candidate count as best).`, forListing, (s) => (s.best ? 1 : 0)),
    rankFeature(`title_match_lead_for_listing`, `How far this product's ${of} is ahead of the listing's next-best candidate (its whole ${of} when it is the only one; 0 when behind).`, forListing, (s) => s.lead),
    rankFeature(`best_title_match_for_product`, `Among every listing the product is compared with, this one has the highest ${of} (ties and a lone candidate count as best).`, forProduct, (s) => (s.best ? 1 : 0)),
    rankFeature(`title_match_lead_for_product`, `How far this listing's ${of} is ahead of the product's next-best candidate (its whole ${of} when it is the only one; 0 when behind).`, forProduct, (s) => s.lead),
  ];
}
