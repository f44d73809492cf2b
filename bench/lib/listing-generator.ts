import type { Listing } from '../../src/listings/index.js';
import type { Recall } from '../../src/recalls/index.js';
import { EVASIONS, applicableEvasions, type Evasion, type EvasionName } from './evasions.js';
import { Rng } from './prng.js';
import { recallListing } from './recall-listing.js';
import { unrelatedListing } from './unrelated-listing.js';

export interface ListingGeneratorOptions {
  /** Same seed, same listings, on every machine. Defaults to 1. */
  readonly seed?: number;
  /** Recalls to derive listings from; without them every listing is unrelated. */
  readonly recalls?: readonly Recall[];
  /** Share of listings derived from a recall, 0–1. Defaults to 0.01. */
  readonly recallShare?: number;
  /** Evasions to choose from for derived listings. Defaults to all of them, `verbatim` included. */
  readonly evasions?: readonly Evasion[];
  /** Listing ids are this prefix and a zero-padded sequence number. Defaults to `gen-`. */
  readonly idPrefix?: string;
}

/** For a listing derived from a recall: which product it shows and how it was disguised. */
export interface ListingTruth {
  readonly listingId: string;
  readonly recallId: string;
  readonly productIndex: number;
  readonly evasion: EvasionName;
}

export interface GeneratedListing {
  readonly listing: Listing;
  /** Present only on listings derived from a recall. */
  readonly truth?: ListingTruth;
}

function derived(recalls: readonly Recall[], evasions: readonly Evasion[], rng: Rng, id: string): GeneratedListing | undefined {
  const recall = rng.pick(recalls);
  const productIndex = rng.int(0, recall.products.length - 1);
  const { listing, target } = recallListing(recall, productIndex, rng, id);
  const usable = applicableEvasions(target, evasions);
  if (usable.length === 0) return undefined;
  const evasion = rng.pick(usable);
  return {
    listing: evasion.apply(listing, target, rng),
    truth: { listingId: id, recallId: recall.id, productIndex, evasion: evasion.name },
  };
}

/**
 * Yields `count` marketplace listings, deterministically from the seed: mostly unrelated products,
 * and about `recallShare` of them derived from the given recalls with an evasion applied.
 * @example
 * for (const { listing, truth } of generateListings(100_000, { seed: 7, recalls })) write(listing);
 */
export function* generateListings(count: number, options: ListingGeneratorOptions = {}): Generator<GeneratedListing> {
  const rng = new Rng(options.seed ?? 1);
  const recalls = options.recalls ?? [];
  const share = recalls.length > 0 ? (options.recallShare ?? 0.01) : 0;
  const evasions = options.evasions ?? EVASIONS;
  const prefix = options.idPrefix ?? 'gen-';
  const width = Math.max(6, String(count).length);
  for (let i = 1; i <= count; i++) {
    const id = `${prefix}${String(i).padStart(width, '0')}`;
    const fromRecall = share > 0 && rng.chance(share) ? derived(recalls, evasions, rng, id) : undefined;
    yield fromRecall ?? { listing: unrelatedListing(rng, id) };
  }
}
